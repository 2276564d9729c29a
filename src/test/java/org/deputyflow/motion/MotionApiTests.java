package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The motion API's rules: input, who sees what, who may act, and in which state. */
@DeputyFlowTest
class MotionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    MotionApi api;

    @BeforeEach
    void setUp() {
        api = new MotionApi(mvc, json, jdbc);
    }

    @Test
    void fewer_co_signers_than_needed_are_allowed_and_the_motion_waits() throws Exception {
        JsonNode submitted =
                api.http.read(api.submitRaw("deputy020", api.draft("关于社区养老的议案", List.of("deputy021", "deputy022")))
                        .andExpect(status().isCreated()));
        assertThat(submitted.get("status").asText()).isEqualTo("AWAITING_SIGNERS");
        assertThat(submitted.get("number").asText()).startsWith("M");
        JsonNode dossier = api.dossier("deputy020", submitted.get("id").asLong());
        assertThat(dossier.get("statusLabel").asText()).isEqualTo("征集附议中");
        assertThat(dossier.get("acceptedSigners").asInt()).isEqualTo(1);
        assertThat(dossier.get("signers")).hasSize(3);
        // the line the product words reads in each reader's language; it is stored in the office's
        assertThat(dossier.at("/timeline/0/comment").asText()).isEqualTo("邀请 2 位代表附议");
        long id = submitted.get("id").asLong();
        JsonNode english = api.http.read(mvc.perform(MockMvcRequestBuilders.get("/api/motions/" + id)
                .header("Accept-Language", "en")
                .with(httpBasic("deputy020", "demo"))));
        assertThat(english.at("/timeline/0/comment").asText()).isEqualTo("2 deputies invited to co-sign");
        assertThat(english.at("/timeline/0/commentTexts").isMissingNode()).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT comment FROM motion_timeline_event WHERE motion_id = ? AND action = ?",
                        String.class,
                        id,
                        "SUBMITTED"))
                .isEqualTo("邀请 2 位代表附议");
    }

    @Test
    void numbers_follow_each_other_without_gaps() throws Exception {
        String first = api.http
                .read(api.submitRaw("deputy023", api.draft("编号一", List.of("deputy024"))))
                .get("number")
                .asText();
        // a refused submission must not use up a number
        api.submitRaw("deputy023", api.draft("编号失败", List.of("deputy023"))).andExpect(status().isBadRequest());
        String second = api.http
                .read(api.submitRaw("deputy023", api.draft("编号二", List.of("deputy024"))))
                .get("number")
                .asText();
        int a = Integer.parseInt(first.substring(first.indexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.indexOf('-') + 1));
        assertThat(second.substring(0, second.indexOf('-'))).isEqualTo(first.substring(0, first.indexOf('-')));
        assertThat(b).isGreaterThan(a);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM motion WHERE serial_no > ? AND serial_no < ?",
                        Integer.class,
                        first,
                        second))
                .isEqualTo(b - a - 1);
    }

    @Test
    void invalid_input_is_refused_with_400_problem_details() throws Exception {
        Map<String, Object> draft = api.draft("关于输入校验的议案", List.of("deputy026"));
        draft.remove("reason");
        api.submitRaw("deputy025", draft)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("案由不能为空"));

        draft = api.draft("关于输入校验的议案", List.of());
        api.submitRaw("deputy025", draft)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("至少 10 名代表")));

        draft = api.draft("关于输入校验的议案", List.of("deputy026", "deputy026"));
        api.submitRaw("deputy025", draft).andExpect(status().isBadRequest());

        draft = api.draft("关于输入校验的议案", List.of("deputy025"));
        api.submitRaw("deputy025", draft)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("领衔代表不能同时作为附议代表"));

        draft = api.draft("关于输入校验的议案", List.of("deputy026"));
        draft.put("coSignerIds", List.of(api.http.deputyId("deputy026"), 987_654_321L));
        api.submitRaw("deputy025", draft)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("附议代表不存在：987654321"));

        draft = api.draft("关于输入校验的议案", List.of("deputy026"));
        draft.remove("period");
        api.submitRaw("deputy025", draft).andExpect(status().isBadRequest());

        draft = api.draft("关于输入校验的议案", List.of("deputy026"));
        draft.put("period", "SOMETIME");
        api.submitRaw("deputy025", draft).andExpect(status().isBadRequest());

        List<Long> tooMany = new ArrayList<>();
        for (int i = 27; i < 27 + 51; i++) {
            tooMany.add(api.http.deputyId("deputy%03d".formatted(i)));
        }
        draft = api.draft("关于输入校验的议案", List.of());
        draft.put("coSignerIds", tooMany);
        api.submitRaw("deputy025", draft).andExpect(status().isBadRequest());
    }

    @Test
    void deputies_see_what_they_signed_others_get_404_and_departments_403() throws Exception {
        long id = api.submit("deputy030", "关于可见范围的议案", List.of("deputy031", "deputy032"));
        api.coSign("deputy032", id, false);

        api.http.get("deputy031", "/api/motions/" + id).andExpect(status().isOk());
        api.http
                .get("deputy033", "/api/motions/" + id)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // a co-signer who declined is no longer a signer
        api.http.get("deputy032", "/api/motions/" + id).andExpect(status().isNotFound());
        api.http.get("staff1", "/api/motions/" + id).andExpect(status().isOk());
        api.http.get("council1", "/api/motions/" + id).andExpect(status().isOk());
        api.http.get("dept01-handler", "/api/motions/" + id).andExpect(status().isForbidden());
        api.http.get("dept01-handler", "/api/motions").andExpect(status().isForbidden());
        api.http.get("staff1", "/api/motions/987654321").andExpect(status().isNotFound());

        assertThat(ids(api.http.read(api.http.get("deputy031", "/api/motions?size=200"))))
                .contains(id);
        assertThat(ids(api.http.read(api.http.get("deputy033", "/api/motions?size=200"))))
                .doesNotContain(id);
        assertThat(ids(api.http.read(api.http.get("staff1", "/api/motions?status=AWAITING_SIGNERS&q=关于可见范围"))))
                .contains(id);
        assertThat(ids(api.http.read(api.http.get("staff1", "/api/motions?status=LAPSED&q=关于可见范围"))))
                .doesNotContain(id);
    }

    @Test
    void signers_read_the_return_reason_and_the_decision_on_the_timeline_as_on_the_motion_itself() throws Exception {
        long returned = api.signed("deputy040", "关于时间线退回的议案", 41);
        api.review(returned, false, "格式不全，缺少案据");
        long decided = api.signed("deputy040", "关于时间线决定的议案", 41);
        api.review(decided, true, null);
        api.decide(decided, "NOT_LISTED", null);
        for (String login : List.of("deputy040", "deputy041", "staff1", "council1", "admin")) {
            JsonNode first = api.dossier(login, returned);
            assertThat(first.get("motion").get("reviewComment").asText())
                    .as(login)
                    .isEqualTo("格式不全，缺少案据");
            assertThat(comments(first, "FORM_RETURNED")).as(login).containsExactly("格式不全，缺少案据");
            JsonNode second = api.dossier(login, decided);
            assertThat(second.get("motion").get("decisionComment").asText())
                    .as(login)
                    .isEqualTo("主席团第二次会议决定");
            assertThat(comments(second, "DECIDED")).as(login).containsExactly("NOT_LISTED：主席团第二次会议决定");
        }
    }

    private static List<String> comments(JsonNode dossier, String action) {
        List<String> comments = new ArrayList<>();
        dossier.get("timeline").forEach(e -> {
            if (action.equals(e.get("action").asText())) {
                comments.add(e.path("comment").asText());
            }
        });
        return comments;
    }

    @Test
    void each_step_belongs_to_one_role() throws Exception {
        long id = api.submit("deputy034", "关于角色的议案", List.of("deputy035"));
        api.http
                .post("deputy034", "/api/motions/" + id + "/decision", Map.of("outcome", "PUT_ON_AGENDA"))
                .andExpect(status().isForbidden());
        api.http
                .post("staff1", "/api/motions/" + id + "/decision", Map.of("outcome", "PUT_ON_AGENDA"))
                .andExpect(status().isForbidden());
        api.http
                .post("council1", "/api/motions/" + id + "/review", Map.of("accept", true))
                .andExpect(status().isForbidden());
        api.http
                .post("deputy034", "/api/motions/" + id + "/conversion", Map.of())
                .andExpect(status().isForbidden());
        api.http
                .post("staff1", "/api/motions", api.draft("工作人员不能提出议案", List.of("deputy035")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_motion_lists_what_its_reader_may_do_now() throws Exception {
        long id = api.submit("deputy070", "关于可办事项的议案", List.of("deputy071", "deputy072"));
        assertThat(allowed("deputy070", id)).containsExactly("CHANGE_FILES");
        assertThat(allowed("deputy071", id)).containsExactly("CO_SIGN");
        assertThat(allowed("staff1", id)).isEmpty();
        assertThat(allowed("council1", id)).isEmpty();

        long signed = api.signed("deputy070", "关于可办事项的议案二", 71);
        assertThat(allowed("deputy071", signed)).isEmpty();
        assertThat(allowed("staff1", signed)).containsExactly("REVIEW_FORM");
        api.review(signed, true, null);
        assertThat(allowed("staff1", signed)).isEmpty();
        assertThat(allowed("council1", signed)).containsExactly("DECIDE");
    }

    private List<String> allowed(String login, long id) throws Exception {
        List<String> names = new ArrayList<>();
        api.dossier(login, id).get("allowedActions").forEach(a -> names.add(a.asText()));
        return names;
    }

    @Test
    void actions_out_of_turn_are_409() throws Exception {
        long id = api.submit("deputy036", "关于状态的议案", List.of("deputy037", "deputy038"));
        api.http
                .post("council1", "/api/motions/" + id + "/decision", Map.of("outcome", "PUT_ON_AGENDA"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.http
                .post("staff1", "/api/motions/" + id + "/review", Map.of("accept", true))
                .andExpect(status().isConflict());
        api.http
                .post("staff1", "/api/motions/" + id + "/committee-report", Map.of("report", "报告"))
                .andExpect(status().isConflict());
        api.http.post("staff1", "/api/motions/" + id + "/conversion", Map.of()).andExpect(status().isConflict());
        api.http
                .post("deputy036", "/api/motions/" + id + "/co-signatures", Map.of("accept", true))
                .andExpect(status().isConflict());
        api.coSign("deputy037", id, true);
        api.http
                .post("deputy037", "/api/motions/" + id + "/co-signatures", Map.of("accept", false))
                .andExpect(status().isConflict());
        api.http
                .post("deputy038", "/api/motions/" + id + "/co-signatures", Map.of())
                .andExpect(status().isBadRequest());
        api.http.post("council1", "/api/motions/" + id + "/decision", Map.of()).andExpect(status().isBadRequest());
        assertThat(api.status(id)).isEqualTo("AWAITING_SIGNERS");
    }

    @Test
    void task_lists_show_invitations_form_checks_and_decisions_to_whom_they_belong() throws Exception {
        long id = api.submit("deputy050", "关于待办的议案", MotionApi.nineFrom(51));
        assertThat(ids(tasks("deputy051"))).contains(id);
        assertThat(tasks("deputy051").get("items").get(0).has("due")).isTrue();
        assertThat(ids(tasks("deputy050"))).doesNotContain(id);
        api.coSign("deputy051", id, true);
        assertThat(ids(tasks("deputy051"))).doesNotContain(id);
        for (String coSigner : MotionApi.nineFrom(52).subList(0, 8)) {
            api.coSign(coSigner, id, true);
        }
        assertThat(ids(tasks("staff1"))).contains(id);
        assertThat(ids(tasks("council1"))).doesNotContain(id);
        api.review(id, true, null);
        assertThat(ids(tasks("staff1"))).doesNotContain(id);
        assertThat(ids(tasks("council1"))).contains(id);
        api.http.get("dept01-handler", "/api/motions/tasks").andExpect(status().isForbidden());
    }

    private JsonNode tasks(String login) throws Exception {
        return api.http.read(api.http.get(login, "/api/motions/tasks?size=200"));
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
