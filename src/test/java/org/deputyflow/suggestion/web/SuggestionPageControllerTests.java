package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.suggestion.TimelineScenario;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The suggestion page: the same visibility as the API, the deputy's actions, the diagram. */
@DeputyFlowTest
class SuggestionPageControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestClock clock;

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

    String page(String login, long id) throws Exception {
        return mvc.perform(get("/suggestions/" + id).with(as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void the_lead_deputy_sees_every_field_the_signers_the_diagram_and_may_withdraw() throws Exception {
        long id = api.submit("deputy097", "页面字段" + run);
        String html = page("deputy097", id);
        assertThat(html)
                .contains(
                        "页面字段" + run,
                        "建议内容：页面字段" + run,
                        "城乡建设",
                        "大会期间",
                        "id=\"signers\"",
                        "data-testid=\"signer-row\"",
                        "id=\"timeline\"",
                        "提交建议",
                        "id=\"process-diagram\"",
                        "data-diagram-url=\"/suggestions/" + id + "/diagram\"",
                        "id=\"withdraw-button\"",
                        "data-confirm=",
                        "data-status=\"SUBMITTED\"")
                .doesNotContain(
                        "id=\"evaluation-form\"",
                        "id=\"cosign-accept\"",
                        "id=\"department-actions\"",
                        "id=\"staff-actions\"",
                        "id=\"council-actions\"");
    }

    @Test
    void another_deputy_and_a_department_not_assigned_get_the_404_page() throws Exception {
        long id = api.submit("deputy097", "不可见" + run);
        api.accept(id);
        api.assign(id, List.of("dept23"), List.of());

        mvc.perform(get("/suggestions/" + id).with(as("deputy098")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")))
                .andExpect(content().string(not(containsString("不可见" + run))));
        mvc.perform(get("/suggestions/" + id).with(as("dept24-handler")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("不可见" + run))));
        mvc.perform(get("/suggestions/" + id + "/diagram").with(as("deputy098")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/suggestions/" + id + "/diagram").with(as("dept24-handler")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/suggestions/999999999").with(as("staff1"))).andExpect(status().isNotFound());
    }

    @Test
    void every_role_that_may_see_it_gets_the_page_with_its_own_actions_panel() throws Exception {
        long id = api.submit("deputy097", "各角色" + run);
        api.accept(id);
        api.assign(id, List.of("dept23"), List.of());

        assertThat(page("dept23-handler", id))
                .contains(
                        "各角色" + run,
                        "<section id=\"department-actions\"",
                        "hx-get=\"/suggestions/" + id + "/panels/department\"",
                        "hx-trigger=\"load\"",
                        "hx-swap=\"outerHTML\"")
                .doesNotContain("id=\"staff-actions\"", "id=\"deputy-actions\"", "id=\"withdraw-button\"");
        assertThat(page("dept23-leader", id)).contains("id=\"department-actions\"");
        assertThat(page("staff1", id))
                .contains("hx-get=\"/suggestions/" + id + "/panels/staff\"")
                .doesNotContain("id=\"department-actions\"");
        assertThat(page("council1", id)).contains("hx-get=\"/suggestions/" + id + "/panels/council\"");
        // the lead unit's due date is shown with its state
        assertThat(page("deputy097", id)).contains("data-testid=\"assignment-row\"", "答复期限", "办理中");
    }

    @Test
    void an_overdue_reply_and_a_reply_due_soon_carry_their_badges() throws Exception {
        // "due soon" is the first reminder's window (15 days by default), as on the department's lists
        long id = api.submit("deputy097", "期限" + run);
        api.accept(id);
        api.assign(id, List.of("dept29"), List.of());
        LocalDate due =
                jdbc.queryForObject("SELECT reply_due FROM assignment WHERE suggestion_id = ?", LocalDate.class, id);
        try {
            clock.set(due.minusDays(16).atTime(12, 0).toInstant(ZoneOffset.ofHours(8)));
            assertThat(page("deputy097", id)).doesNotContain("class=\"badge due-soon\"", "class=\"badge overdue\"");
            clock.set(due.minusDays(15).atTime(12, 0).toInstant(ZoneOffset.ofHours(8)));
            assertThat(page("deputy097", id)).contains("class=\"badge due-soon\"", "15 天内到期");
            clock.set(due.minusDays(3).atTime(12, 0).toInstant(ZoneOffset.ofHours(8)));
            assertThat(page("deputy097", id))
                    .contains("class=\"badge due-soon\"", "3 天内到期")
                    .doesNotContain("class=\"badge overdue\"");
            clock.set(due.plusDays(2).atTime(12, 0).toInstant(ZoneOffset.ofHours(8)));
            assertThat(page("dept29-handler", id)).contains("class=\"badge overdue\"", "已超期 2 天");
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_co_signer_accepts_on_the_page_and_the_suggestion_goes_to_screening() throws Exception {
        long id = api.submit("deputy097", "附议同意" + run, api.deputyId("deputy098"));
        assertThat(page("deputy098", id)).contains("id=\"cosign-accept\"", "id=\"cosign-decline\"");

        mvc.perform(post("/suggestions/" + id + "/co-signature")
                        .param("accept", "true")
                        .with(as("deputy098")))
                .andExpect(status().isForbidden());
        assertThat(api.status(id)).isEqualTo("AWAITING_COSIGNERS");

        mvc.perform(post("/suggestions/" + id + "/co-signature")
                        .param("accept", "true")
                        .with(as("deputy098"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "您已同意附议。"));
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
        assertThat(page("deputy098", id)).doesNotContain("id=\"cosign-accept\"");

        // answering twice is a conflict, shown as the friendly page
        mvc.perform(post("/suggestions/" + id + "/co-signature")
                        .param("accept", "true")
                        .with(as("deputy098"))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void a_co_signer_who_declines_goes_home_and_no_longer_sees_the_suggestion() throws Exception {
        long id = api.submit("deputy097", "附议拒绝" + run, api.deputyId("deputy099"));
        mvc.perform(post("/suggestions/" + id + "/co-signature")
                        .param("accept", "false")
                        .with(as("deputy099"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/deputy"))
                .andExpect(flash().attribute("flash", "您已拒绝附议。"));
        assertThat(jdbc.queryForObject(
                        "SELECT answer FROM suggestion_signer WHERE suggestion_id = ? AND deputy_id = ?",
                        String.class,
                        id,
                        api.deputyId("deputy099")))
                .isEqualTo("DECLINED");
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
        mvc.perform(get("/suggestions/" + id).with(as("deputy099"))).andExpect(status().isNotFound());
    }

    @Test
    void the_lead_deputy_withdraws_after_confirming() throws Exception {
        long id = api.submit("deputy097", "撤回" + run);
        mvc.perform(post("/suggestions/" + id + "/withdrawal")
                        .with(as("deputy097"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "建议已撤回。"));
        assertThat(api.status(id)).isEqualTo("WITHDRAWN");
        assertThat(page("deputy097", id)).doesNotContain("id=\"withdraw-button\"");
        // only deputies withdraw
        mvc.perform(post("/suggestions/" + id + "/withdrawal")
                        .with(as("staff1"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_lead_deputy_evaluates_on_the_page_and_the_note_stays_with_staff() throws Exception {
        long id = api.submit("deputy097", "评价" + run);
        api.accept(id);
        api.assign(id, List.of("dept27"), List.of());
        api.handleAndReply("dept27", id, "A");
        assertThat(api.status(id)).isEqualTo("REPLIED");
        assertThat(page("deputy097", id))
                .contains(
                        "id=\"evaluation-form\"",
                        "data-testid=\"attitude-SATISFIED\"",
                        "data-testid=\"result-UNSATISFIED\"",
                        "id=\"evaluation-note\"");
        assertThat(page("dept27-handler", id)).doesNotContain("id=\"evaluation-form\"");

        String invalid = mvc.perform(post("/suggestions/" + id + "/evaluation")
                        .with(as("deputy097"))
                        .with(csrf())
                        .param("attitude", "SATISFIED")
                        .param("result", "UNSATISFIED"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(invalid).contains("id=\"reason-error\"", "评价为不满意时须说明理由", "id=\"evaluation-form\"");
        mvc.perform(post("/suggestions/" + id + "/evaluation")
                        .with(as("deputy097"))
                        .with(csrf())
                        .param("result", "SATISFIED"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"attitude-error\"")));
        assertThat(api.status(id)).isEqualTo("REPLIED");

        mvc.perform(post("/suggestions/" + id + "/evaluation")
                        .with(as("deputy097"))
                        .param("attitude", "SATISFIED")
                        .param("result", "BASICALLY_SATISFIED"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/suggestions/" + id + "/evaluation")
                        .with(as("deputy097"))
                        .with(csrf())
                        .param("attitude", "SATISFIED")
                        .param("result", "BASICALLY_SATISFIED")
                        .param("confidentialNote", "有人让我评满意" + run))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "评价已提交，谢谢。"));
        assertThat(api.status(id)).isEqualTo("CLOSED");
        assertThat(api.dossier("staff1", id).at("/evaluations/0/result").asText())
                .isEqualTo("BASICALLY_SATISFIED");

        assertThat(page("staff1", id)).contains("有人让我评满意" + run);
        assertThat(page("dept27-handler", id))
                .contains("data-testid=\"evaluation-row\"")
                .doesNotContain("有人让我评满意" + run);
        assertThat(page("deputy097", id)).doesNotContain("id=\"evaluation-form\"");
    }

    @Test
    void the_diagram_endpoint_gives_the_deployed_xml_and_the_current_step() throws Exception {
        long id = api.submit("deputy097", "流程图" + run);
        mvc.perform(get("/suggestions/" + id + "/diagram").with(as("deputy097")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.xml", containsString("id=\"" + SuggestionProcess.KEY + "\"")))
                .andExpect(jsonPath("$.xml", containsString("bpmndi:BPMNDiagram")))
                .andExpect(jsonPath("$.activeActivityIds", hasItem(SuggestionProcess.TASK_SCREEN)));
        mvc.perform(get("/suggestions/" + id + "/diagram").with(as("staff1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeActivityIds", hasItem(SuggestionProcess.TASK_SCREEN)));

        mvc.perform(post("/suggestions/" + id + "/withdrawal")
                        .with(as("deputy097"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/suggestions/" + id + "/diagram").with(as("deputy097")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activeActivityIds[0]").value(SuggestionProcess.END_WITHDRAWN));
    }

    @Test
    void a_suggestion_still_awaiting_co_signers_shows_the_model_without_a_current_step() throws Exception {
        long id = api.submit("deputy097", "未启动" + run, api.deputyId("deputy098"));
        mvc.perform(get("/suggestions/" + id + "/diagram").with(as("deputy098")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.xml", containsString("id=\"" + SuggestionProcess.KEY + "\"")))
                .andExpect(jsonPath("$.activeActivityIds").isEmpty());
    }

    @Test
    void the_page_shows_each_reader_only_the_timeline_lines_and_words_they_may_read() throws Exception {
        TimelineScenario scenario = new TimelineScenario(api, "deputy013", "deputy014", "dept14", "dept16");
        for (String deputy : List.of("deputy013", "deputy014")) {
            assertThat(page(deputy, scenario.id))
                    .as(deputy)
                    .contains("data-action=\"EXTENSION_REQUESTED\"", "data-action=\"CONTACT_LOGGED\"")
                    .doesNotContain(
                            "data-action=\"DISPUTED\"",
                            "data-action=\"URGED\"",
                            "data-action=\"REPLY_SUBMITTED\"",
                            "data-action=\"REPLY_SENT_BACK\"")
                    .doesNotContain(scenario.leadUnitWords())
                    .doesNotContain(scenario.coUnitWords());
        }
        for (String lead : List.of("dept14-handler", "dept14-leader")) {
            assertThat(page(lead, scenario.id))
                    .as(lead)
                    .contains("data-action=\"URGED\"", "data-action=\"REPLY_SENT_BACK\"")
                    .contains(scenario.leadUnitWords())
                    .doesNotContain("data-action=\"DISPUTED\"")
                    .doesNotContain(scenario.coUnitWords());
        }
        assertThat(page("dept16-handler", scenario.id))
                .contains("data-action=\"DISPUTED\"")
                .contains(scenario.coUnitWords())
                .doesNotContain("data-action=\"URGED\"")
                .doesNotContain(scenario.leadUnitWords());
        for (String overseer : List.of("staff1", "council1")) {
            assertThat(page(overseer, scenario.id))
                    .as(overseer)
                    .contains(scenario.leadUnitWords())
                    .contains(scenario.coUnitWords());
        }
        mvc.perform(get("/suggestions/" + scenario.id).with(as("dept30-handler")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(scenario.urgeText))));
    }
}
