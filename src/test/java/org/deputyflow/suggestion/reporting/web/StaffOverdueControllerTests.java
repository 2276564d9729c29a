package org.deputyflow.suggestion.reporting.web;

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
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.suggestion.reporting.ReportingData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The overdue board: what GET /api/overdue lists, most overdue first, with an urge button per department. */
@DeputyFlowTest
class StaffOverdueControllerTests {

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

    SuggestionApi api;
    long id;
    long assignment;
    long department;
    LocalDate due;

    /** A suggestion whose reply is the most overdue of all, so that it leads the board's first page. */
    @BeforeEach
    void setUp() throws Exception {
        api = new SuggestionApi(mvc, json, jdbc);
        id = api.submit("deputy091", "超期看板测试");
        api.accept(id);
        api.assign(id, List.of("dept17"), List.of());
        department = api.departmentId("dept17");
        assignment = jdbc.queryForObject("SELECT id FROM assignment WHERE suggestion_id = ?", Long.class, id);
        // earlier than any earlier run's, which a shared database may still hold
        due = LocalDate.of(1950, 1, 1).minusDays(jdbc.queryForObject("SELECT COUNT(*) FROM assignment", Long.class));
        new ReportingData(jdbc).set("assignment", "reply_due", due, assignment);
    }

    String board(String query) throws Exception {
        return mvc.perform(get("/staff/overdue" + query).with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String row(String html) {
        int start = html.indexOf("data-suggestion-id=\"" + id + "\"");
        assertThat(start).as("row of the overdue suggestion").isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    long urges() throws Exception {
        return api.dossier("staff1", id).get("urges").size();
    }

    @Test
    void the_board_shows_the_clock_the_department_the_days_overdue_and_the_urges_so_far() throws Exception {
        String html = board("?clock=REPLY");
        String row = row(html);

        assertThat(row)
                .contains(
                        "超期看板测试",
                        "答复",
                        "市",
                        due.toString(),
                        "已超期 "
                                + NumberFormat.getInstance(Locale.SIMPLIFIED_CHINESE)
                                        .format(calendar.daysBetween(due, calendar.today()))
                                + " 天",
                        "class=\"urge-count\">0<",
                        "data-testid=\"urge-button\"",
                        "id=\"urge-" + id + "-" + department + "\"");
        assertThat(html).contains("id=\"overdue-list\"", "id=\"overdue-clock\"");
        // the same numbers as the API, which the page shows
        JsonNode first = api.read(api.get("staff1", "/api/overdue?clock=REPLY&size=1"))
                .get("items")
                .get(0);
        assertThat(first.get("suggestionId").asLong()).isEqualTo(id);
    }

    @Test
    void the_urge_button_urges_the_department_and_comes_back_to_the_board() throws Exception {
        mvc.perform(post("/staff/overdue/urge")
                        .param("suggestionId", String.valueOf(id))
                        .param("departmentId", String.valueOf(department))
                        .param("message", "请尽快答复代表")
                        .param("clock", "REPLY")
                        .param("page", "0")
                        .with(user(users.loadUserByUsername("staff1")))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/overdue?clock=REPLY"))
                .andExpect(flash().attribute("flash", "已催办。"));

        assertThat(urges()).isEqualTo(1);
        assertThat(api.notifications("dept17-handler", id, "URGED")).isEqualTo(1);
        assertThat(row(board("?clock=REPLY"))).contains("class=\"urge-count\">1<");
    }

    @Test
    void an_urge_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/staff/overdue/urge")
                        .param("suggestionId", String.valueOf(id))
                        .param("departmentId", String.valueOf(department))
                        .param("message", "请尽快答复代表")
                        .with(user(users.loadUserByUsername("staff1"))))
                .andExpect(status().isForbidden());

        assertThat(urges()).isZero();
    }

    @Test
    void an_urge_without_a_message_is_a_flash_error() throws Exception {
        mvc.perform(post("/staff/overdue/urge")
                        .param("suggestionId", String.valueOf(id))
                        .param("departmentId", String.valueOf(department))
                        .param("message", " ")
                        .with(user(users.loadUserByUsername("staff1")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/staff/overdue"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("催办内容")));

        assertThat(urges()).isZero();
    }

    @Test
    void a_screening_clock_has_no_urge_button() throws Exception {
        long unscreened = api.submit("deputy092", "超期看板测试：未审查");
        new ReportingData(jdbc).set("suggestion", "screening_due", LocalDate.of(1950, 1, 1), unscreened);

        String html = board("?clock=SCREENING");
        int start = html.indexOf("data-suggestion-id=\"" + unscreened + "\"");
        assertThat(start).isNotNegative();
        String row = html.substring(start, html.indexOf("</tr>", start));
        assertThat(row).contains("审查", "（非承办单位）").doesNotContain("urge-button");
    }

    @Test
    void only_staff_open_the_board_and_urge() throws Exception {
        for (String login : List.of("deputy091", "dept17-handler", "dept17-leader", "council1", "member01", "admin")) {
            mvc.perform(get("/staff/overdue").with(httpBasic(login, "demo"))).andExpect(status().isForbidden());
            mvc.perform(post("/staff/overdue/urge")
                            .param("suggestionId", String.valueOf(id))
                            .param("message", "催办")
                            .with(user(users.loadUserByUsername(login)))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(urges()).isZero();
    }
}
