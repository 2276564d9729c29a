package org.deputyflow.disclosure.web;

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
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The supervision pages: the leader's list, a key suggestion's page with its forms, the department's instructions. */
@DeputyFlowTest
class SupervisionPagesControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryService directory;

    @Autowired
    CalendarService calendar;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void the_leader_sends_an_instruction_from_the_page_and_the_department_acknowledges_it_on_its_own()
            throws Exception {
        long id = keySuggestion("页面督办：社区食堂", "dept13");
        String mine = page("council1", "/council/supervision?page=0");
        assertThat(mine)
                .contains(
                        "data-suggestion-id=\"" + id + "\"",
                        "/suggestions/" + id + "/supervision",
                        "class=\"department-clock\"");

        String supervision = page("council1", "/suggestions/" + id + "/supervision");
        assertThat(supervision)
                .contains("id=\"instruction-form\"", "id=\"activity-form\"", "id=\"progress-form\"", "name=\"_csrf\"")
                .doesNotContain("id=\"progress-approval-form\"");
        // staff record and approve, but write no instruction
        assertThat(page("staff1", "/suggestions/" + id + "/supervision"))
                .contains("id=\"activity-form\"")
                .doesNotContain("id=\"instruction-form\"");

        String blank = mvc.perform(post("/suggestions/{id}/supervision/instructions", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("content", " "))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("class=\"field-error\"", "请填写督办意见");
        mvc.perform(post("/suggestions/{id}/supervision/instructions", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("content", "请于本月内答复代表"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + id + "/supervision"))
                .andExpect(flash().attribute("flash", "督办意见已发送"));

        String instructions = page("dept13-handler", "/department/instructions");
        assertThat(instructions).contains("请于本月内答复代表", "class=\"acknowledge-form\"");
        long recipient = jdbc.queryForObject(
                "SELECT r.id FROM supervision_recipient r JOIN supervision_instruction i"
                        + " ON i.id = r.instruction_id JOIN key_suggestion k ON k.id = i.key_suggestion_id"
                        + " WHERE k.suggestion_id = ?",
                Long.class,
                id);
        mvc.perform(post("/department/instructions/acknowledgement")
                        .with(user(account("dept13-handler")))
                        .with(csrf())
                        .param("suggestionId", String.valueOf(id))
                        .param("recipientId", String.valueOf(recipient))
                        .param("reply", "已安排专人办理"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "已签收督办意见"));
        mvc.perform(post("/department/instructions/acknowledgement")
                        .with(user(account("dept13-handler")))
                        .with(csrf())
                        .param("suggestionId", String.valueOf(id))
                        .param("recipientId", String.valueOf(recipient)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "该督办意见已签收"));
        assertThat(page("council1", "/suggestions/" + id + "/supervision")).contains("已安排专人办理");
    }

    @Test
    void a_visit_in_the_future_and_a_missing_kind_are_shown_next_to_their_fields() throws Exception {
        long id = keySuggestion("页面督办：调研登记", "dept14");
        String future = mvc.perform(post("/suggestions/{id}/supervision/activities", id)
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("kind", "VISIT")
                        .param("heldOn", calendar.today().plusDays(2).toString())
                        .param("participants", "代表")
                        .param("summary", "未来"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(future).contains("class=\"field-error\"", "督办活动须在举行后登记");
        String noKind = mvc.perform(post("/suggestions/{id}/supervision/activities", id)
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("heldOn", calendar.today().toString())
                        .param("participants", "代表")
                        .param("summary", "无形式"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(noKind).contains("请选择形式");
        mvc.perform(post("/suggestions/{id}/supervision/activities", id)
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("kind", "MEETING")
                        .param("heldOn", calendar.today().toString())
                        .param("participants", "领衔代表、承办单位")
                        .param("summary", "座谈交流"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("staff1", "/suggestions/" + id + "/supervision")).contains("面商座谈", "座谈交流");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM supervision_activity a JOIN key_suggestion k"
                                + " ON k.id = a.key_suggestion_id WHERE k.suggestion_id = ?",
                        Long.class,
                        id))
                .isOne();
    }

    @Test
    void staff_approve_a_drafted_progress_sentence_after_confirming() throws Exception {
        long id = keySuggestion("页面督办：进展说明", "dept15");
        mvc.perform(post("/suggestions/{id}/supervision/progress", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("text", "已完成选址"))
                .andExpect(status().is3xxRedirection());
        String page = page("staff1", "/suggestions/" + id + "/supervision");
        assertThat(page).contains("id=\"progress-approval-form\"", "data-confirm=", "已完成选址");
        mvc.perform(post("/suggestions/{id}/supervision/progress/approval", id)
                        .with(user(account("staff1")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "进展说明已审定"));
        assertThat(jdbc.queryForObject(
                        "SELECT progress_approved FROM key_suggestion WHERE suggestion_id = ?", String.class, id))
                .isEqualTo("已完成选址");
        mvc.perform(get("/suggestions/{id}/supervision", 987654321L).with(user(account("staff1"))))
                .andExpect(status().isNotFound());
    }

    private long keySuggestion(String title, String lead) throws Exception {
        long id = api.submit("deputy033", title);
        api.accept(id);
        api.assign(id, List.of(lead), List.of());
        api.read(api.post(
                "council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1")));
        return id;
    }

    private CurrentUser account(String login) {
        return directory.account(login).orElseThrow();
    }

    private String page(String login, String path) throws Exception {
        return mvc.perform(get(path).with(user(account(login))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
