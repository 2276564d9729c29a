package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The deputy's home, the "new suggestion" form and the revision of a returned suggestion, as a browser uses them. */
@DeputyFlowTest
class DeputyPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    SuggestionApi api;
    String run;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    @Test
    void the_home_lists_co_signature_requests_first_and_only_the_deputys_own_suggestions() throws Exception {
        long own = api.submit("deputy091", "本人建议" + run);
        long invited = api.submit("deputy092", "邀请附议" + run, api.deputyId("deputy091"));
        long foreign = api.submit("deputy093", "他人建议" + run);

        String html = mvc.perform(get("/deputy").with(as("deputy091")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-suggestion-button\"")))
                .andExpect(content().string(not(containsString("他人建议" + run))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String requests = html.substring(
                html.indexOf("id=\"co-signature-requests\""), html.indexOf("id=\"replies-to-evaluate\""));
        assertThat(requests)
                .contains(
                        "data-suggestion-id=\"" + invited + "\"",
                        "data-testid=\"cosign-accept\"",
                        "data-testid=\"cosign-decline\"",
                        "/suggestions/" + invited + "/co-signature");
        String mine = html.substring(html.indexOf("id=\"my-suggestions\""));
        assertThat(mine)
                .contains("data-suggestion-id=\"" + own + "\"", "本人建议" + run, "data-suggestion-id=\"" + invited + "\"")
                .doesNotContain("data-suggestion-id=\"" + foreign + "\"");
        assertThat(html.indexOf("id=\"co-signature-requests\"")).isLessThan(html.indexOf("id=\"my-suggestions\""));
    }

    @Test
    void a_reply_to_evaluate_is_listed_with_a_link_to_the_suggestion_page() throws Exception {
        long id = api.submit("deputy094", "待评价" + run);
        api.accept(id);
        api.assign(id, List.of("dept22"), List.of());
        api.handleAndReply("dept22", id, "A");

        String html = mvc.perform(get("/deputy").with(as("deputy094")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String toEvaluate =
                html.substring(html.indexOf("id=\"replies-to-evaluate\""), html.indexOf("id=\"my-suggestions\""));
        assertThat(toEvaluate).contains("data-testid=\"evaluate-link\"", "href=\"/suggestions/" + id + "\"");
    }

    @Test
    void other_roles_get_the_403_page() throws Exception {
        mvc.perform(get("/deputy").with(as("staff1")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("您无权访问此页面")));
        mvc.perform(get("/deputy/suggestions/new").with(as("dept01-handler"))).andExpect(status().isForbidden());
        mvc.perform(post("/deputy/suggestions").with(as("staff1")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_form_shows_every_field_and_the_co_signer_picker() throws Exception {
        mvc.perform(get("/deputy/suggestions/new").with(as("deputy091")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"suggestion-form\"")))
                .andExpect(content().string(containsString("name=\"title\"")))
                .andExpect(content().string(containsString("name=\"content\"")))
                .andExpect(content().string(containsString("name=\"category\"")))
                .andExpect(content().string(containsString("data-testid=\"period-SESSION\"")))
                .andExpect(content().string(containsString("name=\"wantsFaceToFace\"")))
                .andExpect(content().string(containsString("name=\"confidential\"")))
                .andExpect(content().string(containsString("id=\"co-signer-search\"")))
                .andExpect(content().string(containsString("hx-get=\"/deputy/co-signers\"")));
    }

    @Test
    void validation_errors_render_next_to_the_fields_with_status_400() throws Exception {
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM suggestion", Long.class);
        String html = mvc.perform(post("/deputy/suggestions")
                        .with(as("deputy091"))
                        .with(csrf())
                        .param("title", "  ")
                        .param("content", "内容" + run)
                        .param("category", "x".repeat(31)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"title-error\"",
                        "此项必填",
                        "id=\"category-error\"",
                        "不能超过 30 个字",
                        "id=\"period-error\"",
                        "请选择大会期间或闭会期间",
                        "内容" + run)
                .doesNotContain("id=\"content-error\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suggestion", Long.class))
                .isEqualTo(before);
    }

    @Test
    void an_unknown_or_own_co_signer_is_an_error_at_the_picker() throws Exception {
        mvc.perform(post("/deputy/suggestions")
                        .with(as("deputy091"))
                        .with(csrf())
                        .param("title", "附议错误" + run)
                        .param("content", "内容")
                        .param("category", "交通运输")
                        .param("period", "RECESS")
                        .param("coSignerIds", String.valueOf(api.deputyId("deputy091"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"coSignerIds-error\"")))
                .andExpect(content().string(containsString("领衔代表不能同时作为附议代表")));
        mvc.perform(post("/deputy/suggestions")
                        .with(as("deputy091"))
                        .with(csrf())
                        .param("title", "附议错误" + run)
                        .param("content", "内容")
                        .param("category", "交通运输")
                        .param("period", "NOT_A_PERIOD"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"period-error\"")));
    }

    @Test
    void posting_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/deputy/suggestions")
                        .with(as("deputy091"))
                        .param("title", "无令牌" + run)
                        .param("content", "内容")
                        .param("category", "交通运输")
                        .param("period", "SESSION"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suggestion WHERE title = ?", Long.class, "无令牌" + run))
                .isZero();
    }

    @Test
    void submitting_creates_the_suggestion_with_its_co_signers_and_redirects_to_its_page() throws Exception {
        long coSigner = api.deputyId("deputy095");
        MvcResult result = mvc.perform(post("/deputy/suggestions")
                        .with(as("deputy091"))
                        .with(csrf())
                        .param("title", "网页提交" + run)
                        .param("content", "问题、原因和建议。")
                        .param("category", "交通运输")
                        .param("period", "RECESS")
                        .param("wantsFaceToFace", "true")
                        .param("confidential", "true")
                        .param("coSignerIds", String.valueOf(coSigner)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/suggestions/*"))
                .andExpect(flash().attribute("flash", matchesPattern("建议已提交，编号 \\d{4}-\\d{4}。")))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/suggestions/".length()));

        assertThat(jdbc.queryForObject("SELECT title FROM suggestion WHERE id = ?", String.class, id))
                .isEqualTo("网页提交" + run);
        assertThat(jdbc.queryForObject("SELECT category FROM suggestion WHERE id = ?", String.class, id))
                .isEqualTo("交通运输");
        assertThat(jdbc.queryForObject("SELECT period FROM suggestion WHERE id = ?", String.class, id))
                .isEqualTo("RECESS");
        assertThat(api.status(id)).isEqualTo("AWAITING_COSIGNERS");
        assertThat(api.dossier("deputy091", id).get("signers").findValuesAsText("deputyId"))
                .containsExactlyInAnyOrder(String.valueOf(api.deputyId("deputy091")), String.valueOf(coSigner));
        assertThat(api.dossier("deputy091", id)
                        .at("/suggestion/wantsFaceToFace")
                        .asBoolean())
                .isTrue();
        assertThat(api.dossier("deputy091", id).at("/suggestion/confidential").asBoolean())
                .isTrue();
    }

    @Test
    void the_co_signer_search_finds_deputies_by_name_prefix_but_never_oneself() throws Exception {
        String name = jdbc.queryForObject(
                "SELECT d.name FROM deputy d JOIN app_user u ON u.deputy_id = d.id " + "WHERE u.login = 'deputy096'",
                String.class);
        long id = api.deputyId("deputy096");
        String phone = jdbc.queryForObject("SELECT phone FROM deputy WHERE id = ?", String.class, id);
        mvc.perform(get("/deputy/co-signers").param("q", name).with(as("deputy091")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-deputy-id=\"" + id + "\"")))
                .andExpect(content().string(containsString("data-testid=\"co-signer-add\"")))
                .andExpect(content().string(containsString("hx-get=\"/deputy/co-signers/" + id + "\"")))
                .andExpect(content().string(not(containsString(phone))));
        mvc.perform(get("/deputy/co-signers").param("q", name).with(as("deputy096")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-deputy-id=\"" + id + "\""))));

        mvc.perform(get("/deputy/co-signers/" + id).with(as("deputy091")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"coSignerIds\" value=\"" + id + "\"")));
        mvc.perform(get("/deputy/co-signers/" + id)
                        .param("coSignerIds", String.valueOf(id))
                        .with(as("deputy091")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"coSignerIds\""))));
    }

    /** deputy091 leads it, deputy092 co-signs it, staff1 returns it at screening with a reason. */
    long returned(String title, String reason) throws Exception {
        return returned(api.draft(title, List.of(api.deputyId("deputy092"))), reason);
    }

    long returned(Map<String, Object> draft, String reason) throws Exception {
        long id = api.read(api.post("deputy091", "/api/suggestions", draft))
                .get("id")
                .asLong();
        api.read(api.post("deputy092", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", true)));
        api.read(api.post(
                "staff1", "/api/suggestions/" + id + "/screening", Map.of("outcome", "RETURN", "reason", reason)));
        assertThat(api.status(id)).isEqualTo("RETURNED");
        return id;
    }

    @Test
    void a_returned_suggestion_is_listed_first_on_the_home_with_the_reason_and_a_link_to_revise_it() throws Exception {
        long id = returned("待修改" + run, "一件建议只能反映一个问题" + run);

        String html = mvc.perform(get("/deputy").with(as("deputy091")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String toRevise = html.substring(
                html.indexOf("id=\"suggestions-to-revise\""), html.indexOf("id=\"co-signature-requests\""));
        assertThat(toRevise)
                .contains(
                        "待修改",
                        "data-suggestion-id=\"" + id + "\"",
                        "待修改" + run,
                        "一件建议只能反映一个问题" + run,
                        "data-testid=\"revise-link\"",
                        "href=\"/suggestions/" + id + "/revision\"");
        assertThat(html.indexOf("id=\"suggestions-to-revise\"")).isLessThan(html.indexOf("id=\"my-suggestions\""));

        // the co-signer sees the suggestion but has nothing to revise
        String coSignerHome = mvc.perform(get("/deputy").with(as("deputy092")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(coSignerHome.substring(
                        coSignerHome.indexOf("id=\"suggestions-to-revise\""),
                        coSignerHome.indexOf("id=\"co-signature-requests\"")))
                .doesNotContain("data-suggestion-id=\"" + id + "\"");

        mvc.perform(get("/suggestions/" + id).with(as("deputy091")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"revise-button\"")))
                .andExpect(content().string(containsString("修改后重新提交")));
        mvc.perform(get("/suggestions/" + id).with(as("deputy092")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"revise-button\""))));
    }

    @Test
    void the_revision_form_is_prefilled_and_shows_why_staff_returned_it() throws Exception {
        Map<String, Object> draft = api.draft("预填" + run, List.of(api.deputyId("deputy092")));
        draft.put("period", "RECESS");
        draft.put("wantsFaceToFace", true);
        long id = returned(draft, "请补充具体措施" + run);

        String html = mvc.perform(get("/suggestions/" + id + "/revision").with(as("deputy091")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"revise-form\"",
                        "action=\"/suggestions/" + id + "/revision\"",
                        "name=\"_csrf\"",
                        "id=\"return-reason\"",
                        "请补充具体措施" + run,
                        "value=\"预填" + run + "\"",
                        "建议内容：预填" + run,
                        "value=\"城乡建设\"",
                        "data-testid=\"revise-submit\"")
                .doesNotContain("id=\"co-signer-search\"");
        assertThat(html).containsPattern("value=\"RECESS\"[^>]*checked");
        assertThat(html).containsPattern("name=\"wantsFaceToFace\"[^>]*checked|checked[^>]*name=\"wantsFaceToFace\"");
        assertThat(html).doesNotContainPattern("value=\"SESSION\"[^>]*checked");
    }

    @Test
    void invalid_input_renders_errors_next_to_the_fields_with_status_400_and_changes_nothing() throws Exception {
        long id = returned("修改校验" + run, "理由" + run);

        String html = mvc.perform(post("/suggestions/" + id + "/revision")
                        .with(as("deputy091"))
                        .with(csrf())
                        .param("title", " ")
                        .param("content", "新内容" + run)
                        .param("category", "x".repeat(31)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "id=\"revise-form\"",
                        "id=\"title-error\"",
                        "此项必填",
                        "id=\"category-error\"",
                        "不能超过 30 个字",
                        "id=\"period-error\"",
                        "请选择大会期间或闭会期间",
                        "新内容" + run,
                        "理由" + run)
                .doesNotContain("id=\"content-error\"");

        assertThat(api.status(id)).isEqualTo("RETURNED");
        JsonNode dossier = api.dossier("deputy091", id);
        assertThat(dossier.at("/suggestion/title").asText()).isEqualTo("修改校验" + run);
        assertThat(dossier.at("/suggestion/content").asText()).doesNotContain("新内容");
        assertThat(dossier.get("activeSteps").toString()).contains("Task_ReviseSuggestion");
    }

    @Test
    void a_valid_revision_sends_the_suggestion_back_to_screening() throws Exception {
        long id = returned("修改前" + run, "理由" + run);

        mvc.perform(post("/suggestions/" + id + "/revision")
                        .with(as("deputy091"))
                        .with(csrf())
                        .param("title", "修改后" + run)
                        .param("content", "修改后的内容：问题、原因和建议。")
                        .param("category", "交通运输")
                        .param("period", "RECESS")
                        .param("confidential", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", matchesPattern("建议 \\d{4}-\\d{4} 已修改并重新提交，等待审查。")));

        JsonNode dossier = api.dossier("deputy091", id);
        assertThat(dossier.at("/suggestion/status").asText()).isEqualTo("SUBMITTED");
        assertThat(dossier.get("activeSteps").toString())
                .contains("Task_ScreenSuggestion")
                .doesNotContain("Task_ReviseSuggestion");
        assertThat(dossier.at("/suggestion/title").asText()).isEqualTo("修改后" + run);
        assertThat(dossier.at("/suggestion/content").asText()).isEqualTo("修改后的内容：问题、原因和建议。");
        assertThat(dossier.at("/suggestion/category").asText()).isEqualTo("交通运输");
        assertThat(dossier.at("/suggestion/period").asText()).isEqualTo("RECESS");
        assertThat(dossier.at("/suggestion/confidential").asBoolean()).isTrue();
        assertThat(dossier.get("signers").findValuesAsText("deputyId"))
                .containsExactlyInAnyOrder(
                        String.valueOf(api.deputyId("deputy091")), String.valueOf(api.deputyId("deputy092")));
        assertThat(dossier.get("timeline").findValuesAsText("action")).contains("REVISED");

        String home = mvc.perform(get("/deputy").with(as("deputy091")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home.substring(
                        home.indexOf("id=\"suggestions-to-revise\""), home.indexOf("id=\"co-signature-requests\"")))
                .doesNotContain("data-suggestion-id=\"" + id + "\"");
        // staff can screen it again
        api.accept(id);
        assertThat(api.status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void only_the_lead_deputy_revises_another_deputy_gets_the_404_page() throws Exception {
        long id = returned("他人修改" + run, "理由" + run);

        mvc.perform(get("/suggestions/" + id + "/revision").with(as("deputy093")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在，或您无权查看")))
                .andExpect(content().string(not(containsString("他人修改" + run))));
        mvc.perform(post("/suggestions/" + id + "/revision")
                        .with(as("deputy093"))
                        .with(csrf())
                        .param("title", "篡改" + run)
                        .param("content", "内容")
                        .param("category", "交通运输")
                        .param("period", "SESSION"))
                .andExpect(status().isNotFound());
        // the co-signer sees the suggestion but may not rewrite it
        mvc.perform(get("/suggestions/" + id + "/revision").with(as("deputy092")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/suggestions/" + id + "/revision")
                        .with(as("deputy092"))
                        .with(csrf())
                        .param("title", "篡改" + run)
                        .param("content", "内容")
                        .param("category", "交通运输")
                        .param("period", "SESSION"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/suggestions/" + id + "/revision").with(as("staff1"))).andExpect(status().isForbidden());
        mvc.perform(get("/suggestions/999999999/revision").with(as("deputy091")))
                .andExpect(status().isNotFound());

        assertThat(api.status(id)).isEqualTo("RETURNED");
        assertThat(api.dossier("deputy091", id).at("/suggestion/title").asText())
                .isEqualTo("他人修改" + run);
    }

    @Test
    void a_suggestion_not_awaiting_revision_gets_the_409_page() throws Exception {
        long id = api.submit("deputy091", "未退回" + run);

        mvc.perform(get("/suggestions/" + id + "/revision").with(as("deputy091")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("该记录的状态已变化")));
        mvc.perform(post("/suggestions/" + id + "/revision")
                        .with(as("deputy091"))
                        .with(csrf())
                        .param("title", "改" + run)
                        .param("content", "内容")
                        .param("category", "交通运输")
                        .param("period", "SESSION"))
                .andExpect(status().isConflict());
        mvc.perform(get("/suggestions/" + id).with(as("deputy091")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"revise-button\""))));

        assertThat(api.status(id)).isEqualTo("SUBMITTED");
        assertThat(api.dossier("deputy091", id).at("/suggestion/title").asText())
                .isEqualTo("未退回" + run);
    }

    @Test
    void revising_without_the_csrf_token_is_refused() throws Exception {
        long id = returned("无令牌修改" + run, "理由" + run);

        mvc.perform(post("/suggestions/" + id + "/revision")
                        .with(as("deputy091"))
                        .param("title", "改" + run)
                        .param("content", "内容")
                        .param("category", "交通运输")
                        .param("period", "SESSION"))
                .andExpect(status().isForbidden());

        assertThat(api.status(id)).isEqualTo("RETURNED");
        assertThat(api.dossier("deputy091", id).at("/suggestion/title").asText())
                .isEqualTo("无令牌修改" + run);
    }
}
