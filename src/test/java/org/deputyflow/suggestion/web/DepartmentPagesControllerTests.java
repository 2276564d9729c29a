package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The homes of handlers and leaders: each lists its own department's work only, sorted by due date
 * in the database, with due-soon and overdue badges. dept23 and dept24 are departments no other
 * test assigns to.
 */
@DeputyFlowTest
class DepartmentPagesControllerTests {

    static final String OWN = "dept23";
    static final String OTHER = "dept24";

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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_handler_sees_the_own_department_queue_with_claim_buttons_and_nothing_of_another_department()
            throws Exception {
        long own = assigned("本单位待签收" + run, OWN);
        long other = assigned("他单位待签收" + run, OTHER);

        String page = page(OWN + "-handler", "/department?size=200");
        String queue = section(page, "queue");
        assertThat(queue)
                .contains(
                        "本单位待签收" + run,
                        "data-suggestion-id=\"" + own + "\"",
                        "data-testid=\"claim-button\"",
                        "/suggestions/" + own + "/department/claim",
                        "href=\"/suggestions/" + own + "\"");
        assertThat(page).doesNotContain("他单位待签收" + run).doesNotContain("data-suggestion-id=\"" + other + "\"");

        String otherPage = page(OTHER + "-handler", "/department?size=200");
        assertThat(otherPage).contains("他单位待签收" + run).doesNotContain("本单位待签收" + run);
    }

    @Test
    void a_claimed_suggestion_moves_from_the_queue_to_my_tasks() throws Exception {
        long id = assigned("签收后" + run, OWN);
        api.claim(OWN + "-handler", id);

        String page = page(OWN + "-handler", "/department?size=200");
        assertThat(section(page, "queue")).doesNotContain("签收后" + run);
        assertThat(section(page, "mine")).contains("签收后" + run, "data-testid=\"mine-row\"");
        assertThat(section(page(OWN + "-handler2", "/department?size=200"), "mine"))
                .doesNotContain("签收后" + run);
    }

    @Test
    void the_lists_sort_by_due_date_either_way() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now.plus(Duration.ofDays(20)));
        long later = assigned("晚到期" + run, OWN);
        clock.set(now.plus(Duration.ofDays(5)));
        long earlier = assigned("早到期" + run, OWN);
        clock.reset();

        String ascending = section(page(OWN + "-handler", "/department?size=200&due=asc"), "queue");
        assertThat(ascending.indexOf("早到期" + run)).isPositive().isLessThan(ascending.indexOf("晚到期" + run));
        String descending = section(page(OWN + "-handler", "/department?size=200&due=desc"), "queue");
        assertThat(descending.indexOf("晚到期" + run)).isPositive().isLessThan(descending.indexOf("早到期" + run));
        assertThat(earlier).isNotEqualTo(later);
    }

    @Test
    void due_soon_and_overdue_items_carry_their_badges() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now.minus(Duration.ofDays(120)));
        assigned("已逾期" + run, OWN);
        clock.set(now.minus(Duration.ofDays(85)));
        assigned("快到期" + run, OWN);
        clock.reset();

        String page = page(OWN + "-handler", "/department?size=200");
        String overdue = section(page, "overdue");
        assertThat(overdue).contains("已逾期" + run, "badge overdue").doesNotContain("快到期" + run);
        String soon = section(page, "due-soon");
        assertThat(soon).contains("快到期" + run, "badge due-soon").doesNotContain("已逾期" + run);

        long reportedOverdue = api.read(
                        api.get("staff1", "/api/overdue?departmentId=" + api.departmentId(OWN) + "&size=1"))
                .get("total")
                .asLong();
        assertThat(overdue).contains("data-testid=\"overdue-count\">" + reportedOverdue + "<");
    }

    @Test
    void the_leader_sees_replies_to_sign_off_and_open_extension_requests_of_the_own_department() throws Exception {
        long toSign = assigned("待签发" + run, OWN);
        api.claim(OWN + "-handler", toSign);
        api.contact(OWN + "-handler", toSign);
        api.read(api.reply(OWN + "-handler", toSign, "A"));
        long extended = assigned("申请延期" + run, OWN);
        api.read(api.post(
                OWN + "-leader",
                "/api/suggestions/" + extended + "/extension-requests",
                Map.of("months", 2, "reason", "需要跨部门协调")));
        long foreign = assigned("他单位待签发" + run, OTHER);
        api.claim(OTHER + "-handler", foreign);
        api.contact(OTHER + "-handler", foreign);
        api.read(api.reply(OTHER + "-handler", foreign, "A"));

        String page = page(OWN + "-leader", "/leader?size=200");
        assertThat(section(page, "sign-off"))
                .contains("待签发" + run, "href=\"/suggestions/" + toSign + "\"")
                .doesNotContain("申请延期" + run);
        assertThat(section(page, "extensions")).contains("申请延期" + run).doesNotContain("待签发" + run);
        assertThat(page).doesNotContain("他单位待签发" + run);
    }

    @Test
    void the_home_speaks_english_when_asked() throws Exception {
        assigned("英文" + run, OWN);
        String page = page(OWN + "-handler", "/department?size=200&lang=en");
        assertThat(page)
                .contains("Department tasks", "To claim", "Claim", "英文" + run)
                .doesNotContain("待签收");
    }

    @Test
    void other_roles_get_the_forbidden_page() throws Exception {
        for (String login : List.of("deputy001", "staff1", OWN + "-leader")) {
            mvc.perform(get("/department").with(user(users.loadUserByUsername(login))))
                    .andExpect(status().isForbidden());
        }
        for (String login : List.of("deputy001", "staff1", OWN + "-handler")) {
            mvc.perform(get("/leader").with(user(users.loadUserByUsername(login))))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void a_page_number_past_the_end_is_an_empty_list_and_a_bad_size_is_a_bad_request() throws Exception {
        assigned("翻页" + run, OWN);
        assertThat(section(page(OWN + "-handler", "/department?queuePage=99999"), "queue"))
                .doesNotContain("翻页" + run);
        mvc.perform(get("/department?size=0").with(user(users.loadUserByUsername(OWN + "-handler"))))
                .andExpect(status().isBadRequest());
    }

    private long assigned(String title, String department) throws Exception {
        long id = api.submit("deputy001", title);
        api.accept(id);
        api.assign(id, List.of(department), List.of());
        return id;
    }

    private String page(String login, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(login))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The HTML of one list of a home page. */
    static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("list %s", id).isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
