package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The follow-up's forms on the existing pages: the deputy confirms or disputes a delivery on the suggestion's
 * page, the department writes its year-end explanation on its panel, staff review it and confirm a delivery the
 * deputy left unanswered on theirs. Each form is offered only in its state and changes what the API shows.
 */
@DeputyFlowTest
class FollowUpPagesTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_deputy_disputes_and_confirms_a_delivery_and_staff_confirm_one_left_unanswered() throws Exception {
        clock.set(shanghai("2026-03-02T09:00"));
        long id = followedUp("deputy063", "dept27", "页面测试：确认落实");
        assertThat(page("deputy063", "/suggestions/" + id)).doesNotContain("delivery-confirmation-form");
        api.read(api.post(
                "dept27-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "已完工", "delivered", true)));
        assertThat(page("deputy063", "/suggestions/" + id)).contains("delivery-confirmation-form");

        // a dispute without a reason comes back with the page and changes nothing
        String refused = mvc.perform(post("/suggestions/" + id + "/delivery-confirmation")
                        .with(user(users.loadUserByUsername("deputy063")))
                        .with(csrf())
                        .param("departmentId", String.valueOf(api.departmentId("dept27")))
                        .param("confirmed", "false"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("须写明理由").contains("delivery-confirmation-form");
        assertThat(state(id)).isEqualTo("AWAITING_CONFIRMATION");

        deputy("deputy063", id, "false", "还有一处未完工")
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "已提出异议，承办单位将继续跟踪办理。"));
        assertThat(state(id)).isEqualTo("FOLLOW_UP");

        api.read(api.post(
                "dept27-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "全部完工", "delivered", true)));
        // staff are offered nothing until the deputy's period is over
        assertThat(staffPanel(id)).doesNotContain("staff-delivery-confirm");
        mvc.perform(post("/suggestions/" + id + "/staff/delivery-confirmation")
                        .with(user(users.loadUserByUsername("staff1")))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(state(id)).isEqualTo("AWAITING_CONFIRMATION");

        clock.set(shanghai("2026-04-10T09:00"));
        assertThat(staffPanel(id)).contains("staff-delivery-confirm");
        mvc.perform(post("/suggestions/" + id + "/staff/delivery-confirmation")
                        .with(user(users.loadUserByUsername("staff1")))
                        .with(csrf())
                        .param("departmentId", String.valueOf(api.departmentId("dept27"))))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "已确认落实。"));
        assertThat(state(id)).isEqualTo("DONE");
        assertThat(api.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void the_department_explains_at_the_year_end_and_staff_send_back_and_accept_on_their_panel() throws Exception {
        clock.set(shanghai("2026-11-02T09:00"));
        long id = followedUp("deputy064", "dept30", "页面测试：年底书面说明");
        assertThat(departmentPanel(id)).contains("follow-up-form").doesNotContain("explanation-form");

        clock.set(shanghai("2026-12-15T00:00"));
        executeDueJobs(id);
        assertThat(state(id)).isEqualTo("EXPLAINING");
        assertThat(departmentPanel(id)).contains("explanation-form").doesNotContain("follow-up-form");

        mvc.perform(post("/suggestions/" + id + "/department/explanation")
                        .with(user(users.loadUserByUsername("dept30-handler")))
                        .with(csrf())
                        .param("content", " "))
                .andExpect(status().isBadRequest());
        assertThat(state(id)).isEqualTo("EXPLAINING");
        mvc.perform(post("/suggestions/" + id + "/department/explanation")
                        .with(user(users.loadUserByUsername("dept30-handler")))
                        .with(csrf())
                        .param("content", "资金明年到位"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "已提交年底书面说明。"));
        assertThat(state(id)).isEqualTo("EXPLANATION_REVIEW");

        assertThat(staffPanel(id)).contains("资金明年到位").contains("explanation-decision-form");
        // sending back needs a comment
        staff(id, "false", null).andExpect(status().isBadRequest());
        assertThat(state(id)).isEqualTo("EXPLANATION_REVIEW");
        staff(id, "false", "请写明完工时间").andExpect(status().isFound()).andExpect(flash().attribute("flash", "已退回书面说明。"));
        assertThat(state(id)).isEqualTo("EXPLAINING");

        mvc.perform(post("/suggestions/" + id + "/department/explanation")
                        .with(user(users.loadUserByUsername("dept30-handler")))
                        .with(csrf())
                        .param("content", "资金明年 3 月到位，6 月底前完工"))
                .andExpect(status().isFound());
        staff(id, "true", null)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "已认可书面说明，承办单位继续跟踪办理。"));
        assertThat(state(id)).isEqualTo("FOLLOW_UP");
        assertThat(staffPanel(id)).doesNotContain("explanation-decision-form");
    }

    /** A suggestion whose only lead unit replied B with a plan date half a year ahead and is following up. */
    private long followedUp(String deputy, String dept, String title) throws Exception {
        long id = api.submit(deputy, title);
        api.accept(id);
        api.assign(id, java.util.List.of(dept), java.util.List.of());
        api.claim(dept + "-handler", id);
        api.contact(dept + "-handler", id);
        String planDate =
                clock.instant().atZone(SHANGHAI).toLocalDate().plusMonths(6).toString();
        api.read(api.post(
                dept + "-handler",
                "/api/suggestions/" + id + "/reply",
                Map.of("resultClass", "B", "content", "列入计划", "planDate", planDate, "publishable", true)));
        api.signOff(dept + "-leader", id, true);
        api.read(api.evaluate(deputy, id, "SATISFIED", "SATISFIED", null));
        assertThat(state(id)).isEqualTo("FOLLOW_UP");
        return id;
    }

    private ResultActions deputy(String login, long id, String confirmed, String comment) throws Exception {
        MockHttpServletRequestBuilder form = post("/suggestions/" + id + "/delivery-confirmation")
                .with(user(users.loadUserByUsername(login)))
                .with(csrf())
                .param("confirmed", confirmed);
        return mvc.perform(comment == null ? form : form.param("comment", comment));
    }

    private ResultActions staff(long id, String accept, String comment) throws Exception {
        MockHttpServletRequestBuilder form = post("/suggestions/" + id + "/staff/explanation-decision")
                .with(user(users.loadUserByUsername("staff1")))
                .with(csrf())
                .param("accept", accept);
        return mvc.perform(comment == null ? form : form.param("comment", comment));
    }

    private String page(String login, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(login))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String staffPanel(long id) throws Exception {
        return page("staff1", "/suggestions/" + id + "/panels/staff");
    }

    private String departmentPanel(long id) throws Exception {
        String code = jdbc.queryForObject(
                "SELECT d.code FROM assignment a JOIN department d ON d.id = a.department_id"
                        + " WHERE a.suggestion_id = ? AND a.active = TRUE",
                String.class,
                id);
        return page(code + "-handler", "/suggestions/" + id + "/panels/department");
    }

    private String state(long id) {
        return jdbc.queryForObject(
                "SELECT state FROM assignment WHERE suggestion_id = ? AND active = TRUE", String.class, id);
    }

    private void executeDueJobs(long id) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult()
                .getId();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private static java.time.Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
