package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff actions panel and its forms: only what the state allows, each changing what the API shows. */
@DeputyFlowTest
class StaffActionsControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarService calendar;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

    SuggestionApi api;

    /** Signed in as a browser is, by session: its forms need the CSRF token. */
    RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String panel(long id) throws Exception {
        return mvc.perform(get("/suggestions/" + id + "/panels/staff").with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    ResultActions submit(MockHttpServletRequestBuilder form) throws Exception {
        return mvc.perform(form.with(as("staff1")).with(csrf()));
    }

    static MockHttpServletRequestBuilder form(long id, String action) {
        return post("/suggestions/" + id + "/staff/" + action);
    }

    /** The page a refused form comes back as: status 400, the panel inside the layout. */
    String refused(ResultActions result) throws Exception {
        String html = result.andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<html", "id=\"back-to-suggestion\"", "<section id=\"staff-actions\"");
        return html;
    }

    /** The text of the error shown next to a field, by the error element's id; fails when there is none. */
    static String fieldError(String html, String id) {
        Matcher m = Pattern.compile("<span class=\"field-error\" id=\"" + Pattern.quote(id) + "\">([^<]*)</span>")
                .matcher(html);
        assertThat(m.find()).as("error element #" + id).isTrue();
        return m.group(1);
    }

    static long fieldErrors(String html) {
        return Pattern.compile("class=\"field-error\"").matcher(html).results().count();
    }

    String statusOf(long id) throws Exception {
        return api.dossier("staff1", id).get("suggestion").get("status").asText();
    }

    long accepted(String deputy, String title) throws Exception {
        long id = api.submit(deputy, title);
        api.accept(id);
        return id;
    }

    long assigned(String deputy, String title, String lead) throws Exception {
        long id = accepted(deputy, title);
        api.assign(id, List.of(lead), List.of());
        return id;
    }

    // ---- the panel shows what the state allows ---------------------------------------------------

    @Test
    void a_submitted_suggestion_offers_screening_and_merging_as_an_htmx_fragment_without_the_layout() throws Exception {
        long id = api.submit("deputy061", "面板测试：待审查");

        String html = panel(id);

        assertThat(html.strip()).startsWith("<section id=\"staff-actions\"");
        assertThat(html).doesNotContain("<html").doesNotContain("class=\"topbar\"");
        assertThat(html)
                .contains(
                        "data-testid=\"screen-accept\"",
                        "data-testid=\"screen-return\"",
                        "data-testid=\"screen-letter\"",
                        "id=\"letter-reason\"",
                        "value=\"OUTSIDE_AUTHORITY\"",
                        "data-testid=\"merge-button\"",
                        "name=\"_csrf\"");
        assertThat(html)
                .doesNotContain(
                        "id=\"assign-form\"",
                        "data-testid=\"urge-button\"",
                        "data-testid=\"rehandling-required\"",
                        "data-testid=\"close-not-evaluated\"");
    }

    @Test
    void an_accepted_suggestion_offers_assignment_with_a_plain_department_picker() throws Exception {
        long id = accepted("deputy062", "面板测试：待交办");

        String html = panel(id);

        assertThat(html)
                .contains(
                        "id=\"assign-form\"",
                        "<select id=\"assign-leads\" name=\"leadDepartmentIds\" multiple",
                        "<select id=\"assign-cos\" name=\"coDepartmentIds\" multiple",
                        "data-testid=\"assign-button\"",
                        "value=\"" + api.departmentId("dept01") + "\"",
                        "市交通运输局");
        assertThat(html).doesNotContain("data-testid=\"screen-accept\"");
    }

    @Test
    void a_suggestion_in_handling_offers_urging_and_a_closed_one_nothing() throws Exception {
        long id = assigned("deputy063", "面板测试：办理中", "dept05");

        assertThat(panel(id))
                .contains("data-testid=\"urge-button\"", "id=\"urge-department\"")
                .doesNotContain("id=\"assign-form\"", "data-testid=\"merge-button\"");

        jdbc.update("UPDATE suggestion SET status = 'CLOSED' WHERE id = ?", id);
        jdbc.update("UPDATE assignment SET active = FALSE WHERE suggestion_id = ?", id);
        assertThat(panel(id)).contains("data-testid=\"staff-no-actions\"").doesNotContain("<form");
    }

    @Test
    void only_staff_open_the_panel_and_post_its_forms() throws Exception {
        long id = api.submit("deputy064", "面板测试：权限");
        for (String login : List.of("deputy064", "dept01-handler", "dept01-leader", "council1", "member01", "admin")) {
            mvc.perform(get("/suggestions/" + id + "/panels/staff").with(httpBasic(login, "demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(form(id, "screening")
                            .param("outcome", "ACCEPT")
                            .with(as(login))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void a_post_without_the_csrf_token_is_refused_and_changes_nothing() throws Exception {
        long id = api.submit("deputy065", "面板测试：CSRF");

        mvc.perform(form(id, "screening").param("outcome", "ACCEPT").with(as("staff1")))
                .andExpect(status().isForbidden());

        assertThat(api.status(id)).isEqualTo("SUBMITTED");
    }

    // ---- screening --------------------------------------------------------------------------------

    @Test
    void accepting_through_the_page_accepts_and_returns_to_the_suggestion_with_a_flash() throws Exception {
        long id = api.submit("deputy066", "面板测试：立案");

        submit(form(id, "screening").param("outcome", "ACCEPT").param("comment", "符合立案条件"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "已立案。"));

        assertThat(api.dossier("staff1", id).get("suggestion").get("status").asText())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void converting_to_a_letter_takes_a_letter_reason() throws Exception {
        long id = api.submit("deputy068", "面板测试：转来信");

        submit(form(id, "screening").param("outcome", "CONVERT_TO_LETTER").param("reason", "PERSONAL_MATTER"))
                .andExpect(flash().attribute("flash", "已作代表来信处理。"));

        JsonNode suggestion = api.dossier("staff1", id).get("suggestion");
        assertThat(suggestion.get("status").asText()).isEqualTo("CONVERTED_TO_LETTER");
        assertThat(suggestion.get("screeningReason").asText()).isEqualTo("PERSONAL_MATTER");
    }

    @Test
    void screening_a_suggestion_in_the_wrong_state_is_the_conflict_page() throws Exception {
        long id = accepted("deputy069", "面板测试：重复立案");

        submit(form(id, "screening").param("outcome", "ACCEPT")).andExpect(status().isConflict());

        assertThat(api.status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void merging_by_number_merges_into_the_other_suggestion() throws Exception {
        long target = api.submit("deputy070", "面板测试：并案目标");
        long source = api.submit("deputy071", "面板测试：并案来源");
        String number =
                api.dossier("staff1", target).get("suggestion").get("number").asText();

        submit(form(source, "merge").param("into", number)).andExpect(flash().attribute("flash", "已并案。"));

        JsonNode merged = api.dossier("staff1", source).get("suggestion");
        assertThat(merged.get("status").asText()).isEqualTo("MERGED");
        assertThat(merged.get("mergedIntoId").asLong()).isEqualTo(target);
    }

    @Test
    void assigning_through_the_page_creates_the_lead_and_co_units() throws Exception {
        long id = accepted("deputy073", "面板测试：交办");

        submit(form(id, "assignment")
                        .param("leadDepartmentIds", String.valueOf(api.departmentId("dept02")))
                        .param("coDepartmentIds", String.valueOf(api.departmentId("dept03"))))
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "已交办。"));

        JsonNode dossier = api.dossier("staff1", id);
        assertThat(dossier.get("suggestion").get("status").asText()).isEqualTo("IN_HANDLING");
        assertThat(dossier.get("assignments"))
                .extracting(a ->
                        a.get("departmentCode").asText() + ":" + a.get("role").asText())
                .containsExactlyInAnyOrder("dept02:LEAD", "dept03:CO");
    }

    @Test
    void several_leads_are_parallel_leads() throws Exception {
        long id = accepted("deputy074", "面板测试：分办");

        submit(form(id, "assignment")
                        .param(
                                "leadDepartmentIds",
                                String.valueOf(api.departmentId("dept02")),
                                String.valueOf(api.departmentId("dept04"))))
                .andExpect(flash().attribute("flash", "已交办。"));

        assertThat(api.dossier("staff1", id).get("assignments"))
                .extracting(a -> a.get("role").asText())
                .containsExactly("PARALLEL_LEAD", "PARALLEL_LEAD");
    }

    @Test
    void urging_through_the_panel_adds_an_urge_for_the_chosen_department() throws Exception {
        long id = assigned("deputy076", "面板测试：催办", "dept06");
        long dept = api.departmentId("dept06");

        submit(form(id, "urges").param("departmentId", String.valueOf(dept)).param("message", "请尽快办理"))
                .andExpect(flash().attribute("flash", "已催办。"));

        JsonNode urges = api.dossier("staff1", id).get("urges");
        assertThat(urges).hasSize(1);
        assertThat(urges.get(0).get("message").asText()).isEqualTo("请尽快办理");
        assertThat(api.notifications("dept06-handler", id, "URGED")).isEqualTo(1);
    }

    @Test
    void an_overdue_co_unit_opinion_is_offered_for_waiver_and_waived_with_a_reason() throws Exception {
        long id = accepted("deputy077", "面板测试：免于协办意见");
        api.assign(id, List.of("dept08"), List.of("dept09"));
        long coUnit = api.departmentId("dept09");
        assertThat(panel(id)).doesNotContain("data-testid=\"waiver-button\"");

        String due = jdbc.queryForObject(
                        "SELECT opinion_due FROM assignment WHERE suggestion_id = ? AND department_id = ?",
                        LocalDate.class,
                        id,
                        coUnit)
                .toString();
        clock.set(java.time.LocalDate.parse(due)
                .plusDays(1)
                .atTime(10, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant());
        assertThat(panel(id))
                .contains(
                        "data-testid=\"waiver-button\"",
                        "id=\"waiver-department\"",
                        "value=\"" + coUnit + "\"",
                        "意见期限 " + due);

        String html = refused(submit(form(id, "opinion-waivers")
                .param("departmentId", String.valueOf(coUnit))
                .param("reason", " ")));
        assertThat(fieldError(html, "waiver-reason-error")).isEqualTo("请写明免于协办意见的理由。");
        assertThat(jdbc.queryForObject(
                        "SELECT state FROM assignment WHERE suggestion_id = ? AND department_id = ?",
                        String.class,
                        id,
                        coUnit))
                .isEqualTo("HANDLING");

        submit(form(id, "opinion-waivers")
                        .param("departmentId", String.valueOf(coUnit))
                        .param("reason", "逾期未复"))
                .andExpect(flash().attribute("flash", "已免于该协办单位的意见，主办单位可以答复。"));
        assertThat(jdbc.queryForMap(
                        "SELECT state, opinion_waived FROM assignment WHERE suggestion_id = ? AND department_id = ?",
                        id,
                        coUnit))
                .containsValues("OPINION_WAIVED", true);
        assertThat(panel(id)).doesNotContain("data-testid=\"waiver-button\"");
    }

    @Test
    void a_dispute_is_offered_and_upheld_through_the_panel() throws Exception {
        long id = assigned("deputy078", "面板测试：调整申请", "dept07");
        api.claim("dept07-handler", id);
        api.read(api.post("dept07-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "不属本单位职责")));
        long dept = api.departmentId("dept07");

        assertThat(panel(id))
                .contains(
                        "id=\"dispute-uphold-" + dept + "\"",
                        "data-testid=\"dispute-uphold\"",
                        "data-testid=\"dispute-reassign\"",
                        "不属本单位职责");

        submit(form(id, "dispute-decision").param("uphold", "true").param("departmentId", String.valueOf(dept)))
                .andExpect(flash().attribute("flash", "已维持原交办。"));

        JsonNode dossier = api.dossier("staff1", id);
        assertThat(dossier.get("assignments").get(0).get("state").asText()).isEqualTo("HANDLING");
        assertThat(dossier.get("disputes").get(0).get("upheld").asBoolean()).isTrue();
        assertThat(panel(id)).doesNotContain("data-testid=\"dispute-uphold\"");
    }

    @Test
    void a_dispute_is_reassigned_to_the_picked_department() throws Exception {
        long id = assigned("deputy079", "面板测试：改交", "dept08");
        api.claim("dept08-handler", id);
        api.read(api.post("dept08-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "应由他局办理")));

        submit(form(id, "dispute-decision")
                        .param("uphold", "false")
                        .param("departmentId", String.valueOf(api.departmentId("dept08")))
                        .param("leadDepartmentIds", String.valueOf(api.departmentId("dept09"))))
                .andExpect(flash().attribute("flash", "已改交其他单位。"));

        assertThat(api.dossier("staff1", id).get("assignments"))
                .extracting(a ->
                        a.get("departmentCode").asText() + ":" + a.get("state").asText())
                .containsExactlyInAnyOrder("dept08:REASSIGNED", "dept09:HANDLING");
    }

    @Test
    void an_extension_request_is_offered_and_approved_through_the_panel() throws Exception {
        long id = assigned("deputy080", "面板测试：延期", "dept10");
        long requestId = api.read(api.post(
                        "dept10-leader",
                        "/api/suggestions/" + id + "/extension-requests",
                        Map.of("months", 2, "reason", "需协调多个部门")))
                .get("requestId")
                .asLong();

        assertThat(panel(id))
                .contains(
                        "id=\"extension-decision-" + requestId + "\"",
                        "data-testid=\"extension-approve\"",
                        "data-testid=\"extension-refuse\"",
                        "需协调多个部门");

        submit(form(id, "extension-requests/" + requestId + "/decision").param("approve", "true"))
                .andExpect(flash().attribute("flash", "已批准延期。"));

        JsonNode extension = api.dossier("staff1", id).get("extensions").get(0);
        assertThat(extension.get("approved").asBoolean()).isTrue();
        assertThat(extension.get("newDue").asText()).isNotEmpty();
    }

    @Test
    void once_the_department_has_replied_the_panel_offers_only_to_refuse_its_extension() throws Exception {
        long id = assigned("deputy080", "面板测试：答复后延期", "dept10");
        long requestId = api.read(api.post(
                        "dept10-leader",
                        "/api/suggestions/" + id + "/extension-requests",
                        Map.of("months", 2, "reason", "需协调多个部门")))
                .get("requestId")
                .asLong();
        api.handleAndReply("dept10", id, "A");
        String path = "extension-requests/" + requestId + "/decision";

        assertThat(panel(id))
                .contains("id=\"extension-decision-" + requestId + "\"", "data-testid=\"extension-refuse\"")
                .doesNotContain("data-testid=\"extension-approve\"");
        submit(form(id, path).param("approve", "true")).andExpect(status().isConflict());
        assertThat(api.dossier("staff1", id)
                        .get("extensions")
                        .get(0)
                        .path("approved")
                        .isBoolean())
                .isFalse();

        submit(form(id, path).param("approve", "false")).andExpect(flash().attribute("flash", "已不批准延期。"));
        JsonNode refused = api.dossier("staff1", id).get("extensions").get(0).get("approved");
        assertThat(refused.isBoolean()).isTrue();
        assertThat(refused.asBoolean()).isFalse();
        assertThat(panel(id)).doesNotContain("id=\"extension-decision-" + requestId + "\"");
    }

    @Test
    void an_unsatisfied_evaluation_is_sent_back_for_rehandling_through_the_panel() throws Exception {
        long id = assigned("deputy081", "面板测试：重新办理", "dept11");
        api.handleAndReply("dept11", id, "A");
        api.read(api.evaluate("deputy081", id, "SATISFIED", "UNSATISFIED", null));
        assertThat(api.status(id)).isEqualTo("AWAITING_REHANDLING_DECISION");

        assertThat(panel(id))
                .contains(
                        "id=\"rehandling-form\"",
                        "data-testid=\"rehandling-required\"",
                        "data-testid=\"rehandling-declined\"");

        submit(form(id, "rehandling").param("required", "true").param("comment", "请重新研究"))
                .andExpect(flash().attribute("flash", "已要求承办单位重新办理。"));

        assertThat(api.status(id)).isEqualTo("REHANDLING");
    }

    @Test
    void after_the_evaluation_period_the_panel_closes_the_evaluation_as_not_evaluated() throws Exception {
        long id = assigned("deputy082", "面板测试：未评价", "dept12");
        api.handleAndReply("dept12", id, "A");
        assertThat(api.status(id)).isEqualTo("REPLIED");
        assertThat(panel(id)).doesNotContain("data-testid=\"close-not-evaluated\"");

        LocalDate lapsed = calendar.today().minusDays(1);
        jdbc.update("UPDATE suggestion SET evaluation_due = ? WHERE id = ?", lapsed, id);
        assertThat(panel(id)).contains("id=\"not-evaluated-form\"", "data-testid=\"close-not-evaluated\"");

        submit(form(id, "not-evaluated")).andExpect(flash().attribute("flash", "已按未评价办结评价环节。"));

        JsonNode suggestion = api.dossier("staff1", id).get("suggestion");
        assertThat(suggestion.get("notEvaluated").asBoolean()).isTrue();
        assertThat(suggestion.get("status").asText()).isNotEqualTo("REPLIED");
    }

    // ---- refused input: the panel again inside the page, 400, the error next to its field -----------

    @Test
    void returning_without_a_reason_shows_the_error_next_to_the_reason_and_changes_nothing() throws Exception {
        long id = api.submit("deputy067", "面板测试：退回无理由");

        String html =
                refused(submit(form(id, "screening").param("outcome", "RETURN").param("reason", "  ")));

        assertThat(fieldError(html, "return-reason-error")).isEqualTo("请填写退回理由。");
        assertThat(fieldErrors(html)).isEqualTo(1);
        assertThat(html).contains("提交的内容有误", "href=\"/suggestions/" + id + "\"");
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void a_reason_too_long_for_the_service_shows_its_message_next_to_the_reason_and_keeps_the_text() throws Exception {
        long id = api.submit("deputy067", "面板测试：退回理由过长");
        String reason = "理".repeat(2001);

        String html =
                refused(submit(form(id, "screening").param("outcome", "RETURN").param("reason", reason)));

        assertThat(fieldError(html, "return-reason-error")).isEqualTo("退回理由不能超过 2000 个字");
        assertThat(html).contains(reason);
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void a_letter_without_a_valid_reason_shows_the_error_next_to_the_letter_reason() throws Exception {
        long id = api.submit("deputy068", "面板测试：来信无理由");

        String html = refused(submit(
                form(id, "screening").param("outcome", "CONVERT_TO_LETTER").param("reason", "NO_SUCH_REASON")));

        assertThat(fieldError(html, "letter-reason-error")).isEqualTo("请选择作代表来信处理的理由。");
        assertThat(html).doesNotContain("id=\"return-reason-error\"");
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void an_accept_comment_too_long_shows_the_error_next_to_the_comment() throws Exception {
        long id = api.submit("deputy066", "面板测试：立案意见过长");

        String html =
                refused(submit(form(id, "screening").param("outcome", "ACCEPT").param("comment", "意".repeat(2001))));

        assertThat(fieldError(html, "accept-comment-error")).isEqualTo("审查意见不能超过 2000 个字");
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void a_missing_outcome_is_the_page_error_message() throws Exception {
        long id = api.submit("deputy066", "面板测试：无审查结果");

        String html = refused(submit(form(id, "screening").param("outcome", "MAYBE")));

        assertThat(html).contains("请选择审查结果");
        assertThat(fieldErrors(html)).isZero();
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void merging_into_an_unknown_number_shows_the_error_next_to_the_target_and_keeps_it() throws Exception {
        long source = api.submit("deputy072", "面板测试：并入不存在的建议");

        String html = refused(submit(form(source, "merge").param("into", "1900-9999")));

        assertThat(fieldError(html, "merge-into-error")).isEqualTo("找不到编号为 1900-9999 的建议");
        assertThat(html).contains("value=\"1900-9999\"");
        assertThat(statusOf(source)).isEqualTo("SUBMITTED");
    }

    @Test
    void merging_into_itself_an_unknown_id_or_nothing_shows_the_error_next_to_the_target() throws Exception {
        long source = api.submit("deputy072", "面板测试：并入自身");

        assertThat(fieldError(
                        refused(submit(form(source, "merge").param("into", String.valueOf(source)))),
                        "merge-into-error"))
                .isEqualTo("建议不能并入自身");
        assertThat(fieldError(refused(submit(form(source, "merge").param("into", "999999999"))), "merge-into-error"))
                .isEqualTo("找不到建议 999999999。");
        assertThat(fieldError(refused(submit(form(source, "merge").param("into", " "))), "merge-into-error"))
                .isEqualTo("请填写并入建议的编号。");

        JsonNode suggestion = api.dossier("staff1", source).get("suggestion");
        assertThat(suggestion.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(suggestion.path("mergedIntoId").isNumber()).isFalse();
    }

    @Test
    void assigning_without_a_lead_shows_the_error_next_to_the_lead_picker_and_keeps_the_co_units() throws Exception {
        long id = accepted("deputy075", "面板测试：未选主办");
        long co = api.departmentId("dept03");

        String html = refused(submit(form(id, "assignment").param("coDepartmentIds", String.valueOf(co))));

        assertThat(fieldError(html, "assign-leads-error")).isEqualTo("请至少指定一个主办单位。");
        assertThat(html)
                .containsPattern("<select id=\"assign-cos\"[^>]*>(?:\\s*<option[^>]*>[^<]*</option>)*?\\s*"
                        + "<option value=\"" + co + "\"\\s+selected=\"selected\">");
        JsonNode dossier = api.dossier("staff1", id);
        assertThat(dossier.get("suggestion").get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(dossier.get("assignments")).isEmpty();
    }

    @Test
    void a_department_both_lead_and_co_unit_shows_the_service_error_next_to_the_co_units() throws Exception {
        long id = accepted("deputy075", "面板测试：重复单位");
        String dept = String.valueOf(api.departmentId("dept02"));

        String html = refused(
                submit(form(id, "assignment").param("leadDepartmentIds", dept).param("coDepartmentIds", dept)));

        assertThat(fieldError(html, "assign-cos-error")).isEqualTo("同一单位在一件建议中只能出现一次");
        assertThat(api.dossier("staff1", id).get("assignments")).isEmpty();
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void reassigning_a_lead_dispute_without_a_new_lead_shows_the_error_in_that_dispute_form() throws Exception {
        long id = assigned("deputy079", "面板测试：改交未选单位", "dept08");
        api.claim("dept08-handler", id);
        api.read(api.post("dept08-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "应由他局办理")));
        long dept = api.departmentId("dept08");

        String html = refused(submit(form(id, "dispute-decision")
                .param("uphold", "false")
                .param("departmentId", String.valueOf(dept))
                .param("coDepartmentIds", String.valueOf(api.departmentId("dept09")))));

        assertThat(fieldError(html, "reassign-leads-" + dept + "-error")).isEqualTo("主办单位申请调整，须指明新的主办单位");
        JsonNode dossier = api.dossier("staff1", id);
        assertThat(dossier.get("assignments"))
                .extracting(a ->
                        a.get("departmentCode").asText() + ":" + a.get("state").asText())
                .containsExactly("dept08:DISPUTED");
        assertThat(dossier.get("disputes").get(0).path("upheld").isBoolean()).isFalse();
    }

    @Test
    void a_dispute_decision_without_the_choice_is_the_page_error_message() throws Exception {
        long id = assigned("deputy078", "面板测试：未选维持或改交", "dept07");
        api.claim("dept07-handler", id);
        api.read(api.post("dept07-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "不属本单位职责")));

        String html = refused(
                submit(form(id, "dispute-decision").param("departmentId", String.valueOf(api.departmentId("dept07")))));

        assertThat(html).contains("请选择维持交办或改交。");
        assertThat(fieldErrors(html)).isZero();
        assertThat(api.dossier("staff1", id)
                        .get("disputes")
                        .get(0)
                        .path("upheld")
                        .isBoolean())
                .isFalse();
    }

    @Test
    void an_extension_decision_without_a_choice_or_with_a_long_comment_shows_the_error_in_its_form() throws Exception {
        long id = assigned("deputy080", "面板测试：延期未选", "dept10");
        long requestId = api.read(api.post(
                        "dept10-leader",
                        "/api/suggestions/" + id + "/extension-requests",
                        Map.of("months", 2, "reason", "需协调多个部门")))
                .get("requestId")
                .asLong();
        String path = "extension-requests/" + requestId + "/decision";

        String html = refused(submit(form(id, path).param("comment", "请说明")));
        assertThat(fieldError(html, "extension-approve-" + requestId + "-error"))
                .isEqualTo("请选择批准或不批准。");
        assertThat(html).contains(">请说明</textarea>");

        html = refused(submit(form(id, path).param("approve", "false").param("comment", "见".repeat(2001))));
        assertThat(fieldError(html, "extension-comment-" + requestId + "-error"))
                .isEqualTo("审批意见不能超过 2000 个字");

        JsonNode extension = api.dossier("staff1", id).get("extensions").get(0);
        assertThat(extension.path("approved").isBoolean()).isFalse();
        assertThat(extension.path("newDue").isTextual()).isFalse();
    }

    @Test
    void a_rehandling_decision_without_a_choice_or_with_a_long_comment_shows_the_error_in_its_form() throws Exception {
        long id = assigned("deputy081", "面板测试：重新办理未选", "dept11");
        api.handleAndReply("dept11", id, "A");
        api.read(api.evaluate("deputy081", id, "SATISFIED", "UNSATISFIED", null));

        String html = refused(submit(form(id, "rehandling").param("comment", "再研究")));
        assertThat(fieldError(html, "rehandling-required-error")).isEqualTo("请选择是否重新办理。");
        assertThat(html).contains(">再研究</textarea>");

        html = refused(submit(form(id, "rehandling").param("required", "true").param("comment", "再".repeat(2001))));
        assertThat(fieldError(html, "rehandling-comment-error")).isEqualTo("意见不能超过 2000 个字");

        assertThat(statusOf(id)).isEqualTo("AWAITING_REHANDLING_DECISION");
    }

    @Test
    void urging_without_a_message_or_with_one_too_long_shows_the_error_next_to_the_message() throws Exception {
        long id = assigned("deputy077", "面板测试：催办无内容", "dept06");
        long dept = api.departmentId("dept06");

        String html = refused(submit(
                form(id, "urges").param("departmentId", String.valueOf(dept)).param("message", "")));
        assertThat(fieldError(html, "urge-message-error")).isEqualTo("请填写催办内容。");
        assertThat(html).containsPattern("<option value=\"" + dept + "\"\\s+selected=\"selected\">");

        html = refused(submit(form(id, "urges").param("message", "催".repeat(2001))));
        assertThat(fieldError(html, "urge-message-error")).isEqualTo("催办内容不能超过 2000 个字");

        html = refused(submit(form(id, "urges").param("departmentId", "dept06").param("message", "请尽快办理")));
        assertThat(fieldError(html, "urge-department-error")).isEqualTo("所选单位无效。");

        assertThat(api.dossier("staff1", id).get("urges")).isEmpty();
        assertThat(api.notifications("dept06-handler", id, "URGED")).isZero();
    }

    @Test
    void a_refused_form_that_the_suggestion_no_longer_offers_is_the_conflict_page() throws Exception {
        long id = accepted("deputy069", "面板测试：页面过期后退回");

        String html = submit(form(id, "screening").param("outcome", "RETURN").param("reason", ""))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("该建议的状态已经变化").doesNotContain("id=\"return-reason-error\"");
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void the_refused_page_speaks_english_to_an_english_browser() throws Exception {
        long id = api.submit("deputy067", "面板测试：英文错误");

        String html = refused(mvc.perform(form(id, "screening")
                .param("outcome", "RETURN")
                .param("reason", "")
                .param("lang", "en")
                .with(as("staff1"))
                .with(csrf())));

        assertThat(fieldError(html, "return-reason-error")).isEqualTo("Give the reason for returning it.");
        assertThat(html).contains("Back to the suggestion");
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }
}
