package org.deputyflow.suggestion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Staff's home: each queue paged on its own, each row a link to the suggestion. */
@DeputyFlowTest
class StaffHomeControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    String home(String query) throws Exception {
        return mvc.perform(get("/staff" + query).with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The HTML of one queue's section. */
    static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    /** The row of a suggestion in a queue, or null. */
    static String row(String page, String section, long id) {
        String html = section(page, section);
        int start = html.indexOf("data-suggestion-id=\"" + id + "\"");
        return start < 0 ? null : html.substring(start, html.indexOf("</tr>", start));
    }

    /** The last page of a queue that lists oldest first, where the newest item is. */
    int lastPage(String countSql, Object... args) {
        long total = jdbc.queryForObject(countSql, Long.class, args);
        return (int) ((total - 1) / StaffHomeController.SECTION_SIZE);
    }

    int lastTaskPage(String taskKey) {
        return lastPage("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = ?", taskKey);
    }

    @Test
    void every_queue_is_shown_with_its_heading_and_count() throws Exception {
        String page = home("");

        for (String section : List.of(
                "screening-queue",
                "assign-queue",
                "dispute-queue",
                "extension-queue",
                "rehandling-queue",
                "follow-up-queue")) {
            assertThat(section(page, section)).contains("<h2>", "class=\"badge\"");
        }
        assertThat(section(page, "screening-queue")).contains("待审查");
        assertThat(section(page, "assign-queue")).contains("待交办");
        assertThat(section(page, "dispute-queue")).contains("调整申请待审定");
        assertThat(section(page, "extension-queue")).contains("延期申请待审批");
        assertThat(section(page, "rehandling-queue")).contains("待定是否重新办理");
        assertThat(section(page, "follow-up-queue")).contains("跟踪办理中");
        assertThat(page).contains("id=\"staff-overdue-link\" href=\"/staff/overdue\"");
    }

    @Test
    void a_submitted_suggestion_waits_in_the_screening_queue_and_moves_to_the_assignment_queue() throws Exception {
        long id = api.submit("deputy083", "工作台测试：待审查");

        String row = row(home("?screening=" + lastTaskPage("Task_ScreenSuggestion")), "screening-queue", id);
        assertThat(row).isNotNull();
        assertThat(row).contains("href=\"/suggestions/" + id + "\"", "工作台测试：待审查");

        api.accept(id);

        String page = home("?screening=" + lastTaskPage("Task_ScreenSuggestion") + "&assign="
                + lastTaskPage("Task_AssignSuggestion"));
        assertThat(row(page, "screening-queue", id)).isNull();
        assertThat(row(page, "assign-queue", id)).isNotNull();
    }

    @Test
    void disputes_extension_requests_and_rehandling_decisions_have_their_own_queues() throws Exception {
        long disputed = api.submit("deputy084", "工作台测试：调整申请");
        api.accept(disputed);
        api.assign(disputed, List.of("dept13"), List.of());
        api.claim("dept13-handler", disputed);
        api.read(api.post("dept13-handler", "/api/suggestions/" + disputed + "/disputes", Map.of("reason", "非本单位职责")));

        long extended = api.submit("deputy085", "工作台测试：延期申请");
        api.accept(extended);
        api.assign(extended, List.of("dept14"), List.of());
        api.read(api.post(
                "dept14-leader",
                "/api/suggestions/" + extended + "/extension-requests",
                Map.of("months", 1, "reason", "需要时间")));

        long unsatisfied = api.submit("deputy086", "工作台测试：不满意");
        api.accept(unsatisfied);
        api.assign(unsatisfied, List.of("dept15"), List.of());
        api.handleAndReply("dept15", unsatisfied, "A");
        api.read(api.evaluate("deputy086", unsatisfied, "SATISFIED", "UNSATISFIED", null));

        String page = home("?dispute=" + lastTaskPage("Task_DecideDispute")
                + "&extension=" + lastPage("SELECT COUNT(*) FROM extension_request WHERE approved IS NULL")
                + "&rehandling=" + lastTaskPage("Task_DecideRehandling"));

        assertThat(row(page, "dispute-queue", disputed)).isNotNull();
        String extension = row(page, "extension-queue", extended);
        assertThat(extension).isNotNull().contains(" · 1");
        assertThat(row(page, "rehandling-queue", unsatisfied)).isNotNull();
        assertThat(row(page, "dispute-queue", extended)).isNull();
    }

    @Test
    void a_pager_link_keeps_the_other_queues_on_their_pages() throws Exception {
        // enough suggestions for a second page of the screening queue
        for (int i = 0; i < StaffHomeController.SECTION_SIZE + 1; i++) {
            api.submit("deputy087", "工作台测试：分页 " + i);
        }
        String page = home("?assign=2");

        assertThat(section(page, "screening-queue"))
                .contains("href=\"/staff?screening=1&amp;assign=2\"", "data-testid=\"screening-queue-next\"");
        assertThat(section(home("?screening=1"), "screening-queue")).contains("data-suggestion-id=");
    }

    @Test
    void only_staff_open_the_staff_home() throws Exception {
        for (String login : List.of("deputy001", "dept01-handler", "dept01-leader", "council1", "member01", "admin")) {
            String html = mvc.perform(get("/staff").with(httpBasic(login, "demo")))
                    .andExpect(status().isForbidden())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).doesNotContain("screening-queue");
        }
    }
}
