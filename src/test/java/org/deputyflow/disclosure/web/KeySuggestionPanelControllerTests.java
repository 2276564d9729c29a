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
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The council's panel on a suggestion's page and the council's home that lists the key suggestions. */
@DeputyFlowTest
class KeySuggestionPanelControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryService directory;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void the_council_designates_a_key_suggestion_from_the_panel_and_then_sees_its_supervising_leader()
            throws Exception {
        long id = api.submit("deputy021", "面板：城市绿道建设");
        api.accept(id);
        api.assign(id, List.of("dept06"), List.of());

        String panel = page("council1", "/suggestions/" + id + "/panels/council");
        assertThat(panel.strip()).startsWith("<section id=\"council-actions\"");
        assertThat(panel)
                .doesNotContain("<html", "<header")
                .contains(
                        "id=\"designation-form\"",
                        "data-testid=\"designate-button\"",
                        "value=\"council1\"",
                        "name=\"_csrf\"");

        mvc.perform(post("/suggestions/{id}/key", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("supervisingLeader", "council1")
                        .param("note", "主任会议确定"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/suggestions/" + id))
                .andExpect(flash().attribute("flash", "已确定为重点建议。"));
        assertThat(jdbc.queryForObject(
                        "SELECT supervising_leader FROM key_suggestion WHERE suggestion_id = ?", String.class, id))
                .isEqualTo("council1");

        String designated = page("council1", "/suggestions/" + id + "/panels/council");
        assertThat(designated)
                .contains("data-testid=\"supervising-leader\"", "council1", "主任会议确定")
                .doesNotContain("id=\"designation-form\"");
        String home = page("council1", "/council");
        assertThat(home)
                .contains(
                        "data-suggestion-id=\"" + id + "\"",
                        "/suggestions/" + id,
                        "面板：城市绿道建设",
                        "id=\"council-approvals\"",
                        "id=\"council-vote-results\"");
    }

    @Test
    void a_missing_or_wrong_leader_is_shown_next_to_the_field() throws Exception {
        long id = api.submit("deputy022", "面板：校园周边交通");
        api.accept(id);

        String blank = mvc.perform(post("/suggestions/{id}/key", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("supervisingLeader", ""))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("class=\"field-error\"", "请选择督办领导", "id=\"council-actions\"");
        String wrong = mvc.perform(post("/suggestions/{id}/key", id)
                        .with(user(account("council1")))
                        .with(csrf())
                        .param("supervisingLeader", "staff1"))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(wrong).contains("class=\"field-error\"", "督办领导须为主任会议成员的登录名");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM key_suggestion WHERE suggestion_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void only_the_council_sees_the_panel_and_designates_and_a_post_needs_the_csrf_token() throws Exception {
        long id = api.submit("deputy023", "面板：权限");
        api.accept(id);
        mvc.perform(get("/suggestions/{id}/panels/council", id).with(user(account("staff1"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/suggestions/{id}/key", id)
                        .with(user(account("staff1")))
                        .with(csrf())
                        .param("supervisingLeader", "council1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/suggestions/{id}/key", id)
                        .with(user(account("council1")))
                        .param("supervisingLeader", "council1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/council").with(user(account("deputy023")))).andExpect(status().isForbidden());
        mvc.perform(get("/suggestions/{id}/panels/council", 987654321L).with(user(account("council1"))))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM key_suggestion WHERE suggestion_id = ?", Long.class, id))
                .isZero();
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
