package org.deputyflow.suggestion.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.reporting.ReportingData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The charts page: the statistics of GET /api/stats/departments as chart data and as a table. */
@DeputyFlowTest
class DashboardControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ResultActions open(String login, String query) throws Exception {
        return mvc.perform(get("/staff/dashboard" + query).with(httpBasic(login, "demo")));
    }

    static String html(ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void staff_and_council_see_the_charts_and_the_same_numbers_in_a_table() throws Exception {
        ReportingData data = new ReportingData(jdbc);
        String name = ReportingData.unique("图表测试局");
        long department = data.department(name);
        long deputy = data.deputy();
        Instant assigned = Instant.parse("1996-05-10T02:00:00Z");
        // two replies, one of them on time and class A, rated satisfied; one reply overdue now
        long first = data.assignment(data.suggestion(deputy).status("CLOSED").insert(), department)
                .assignedAt(assigned)
                .state("DONE")
                .replyDue(LocalDate.of(1996, 8, 1))
                .replied(Instant.parse("1996-07-01T02:00:00Z"), true)
                .insert();
        data.reply(first, 1, "A", true);
        data.evaluation(first, 1, "SATISFIED", "SATISFIED", deputy);
        long second = data.assignment(data.suggestion(deputy).status("REPLIED").insert(), department)
                .assignedAt(assigned)
                .state("REPLIED")
                .replyDue(LocalDate.of(1996, 8, 1))
                .replied(Instant.parse("1996-09-01T02:00:00Z"), false)
                .insert();
        data.reply(second, 1, "C", true);
        data.assignment(data.suggestion(deputy).insert(), department)
                .assignedAt(assigned)
                .replyDue(LocalDate.of(1996, 8, 1))
                .insert();

        for (String login : List.of("staff1", "council1")) {
            String html = html(open(login, "?from=1996-05-01&to=1996-05-31").andExpect(status().isOk()));

            assertThat(html)
                    .contains(
                            "id=\"chart-on-time\"",
                            "id=\"chart-overdue\"",
                            "id=\"chart-rates\"",
                            "echarts.min.js",
                            "id=\"dashboard-table\"",
                            "id=\"dashboard-from\"",
                            "value=\"1996-05-01\"",
                            "value=\"1996-05-31\"");
            int start = html.indexOf("data-department=\"" + name + "\"");
            assertThat(start).isNotNegative();
            String row = html.substring(start, html.indexOf("</tr>", start));
            assertThat(row)
                    .contains(
                            ">3<",
                            "class=\"on-time\">50%（1/2）<",
                            "class=\"overdue-now\">1<",
                            "class=\"solved\">50%（1/2）<",
                            "class=\"satisfied\">100%（1/1）<");
            // the charts read the same figures from the row (the page has no inline script)
            String rowTag = html.substring(html.lastIndexOf("<tr", start), html.indexOf(">", start));
            assertThat(rowTag)
                    .contains(
                            "data-on-time-rate=\"50.0\"",
                            "data-overdue-now=\"1\"",
                            "data-solved-rate=\"50.0\"",
                            "data-satisfaction-rate=\"100.0\"");
            assertThat(html).contains("/js/dashboard.js").doesNotContain("<script>", "th:inline");
        }
    }

    @Test
    void the_follow_up_table_counts_as_the_follow_up_statistics_do_for_the_same_period() throws Exception {
        String period = "?from=2026-01-01&to=2026-12-31";
        JsonNode totals = new ObjectMapper()
                .readTree(mvc.perform(get("/api/stats/follow-ups" + period).with(httpBasic("staff1", "demo")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .get("totals");
        String html = html(open("staff1", period).andExpect(status().isOk()));

        Matcher total = Pattern.compile("data-follow-up-department=\"total\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(total.find()).as("the totals row").isTrue();
        List<String> cells = Pattern.compile("<td[^>]*>(\\d+)</td>")
                .matcher(total.group(1))
                .results()
                .map(m -> m.group(1))
                .toList();
        assertThat(cells)
                .containsExactly(
                        totals.get("started").asText(),
                        totals.get("open").asText(),
                        totals.get("overdue").asText(),
                        totals.get("deliveredOnTime").asText(),
                        totals.get("deliveredLate").asText(),
                        totals.get("explained").asText());
        assertThat(html).contains("data-testid=\"follow-up-table\"", "跟踪落实");
    }

    @Test
    void a_period_without_assignments_says_so() throws Exception {
        assertThat(html(open("staff1", "?from=1901-01-01&to=1901-01-31").andExpect(status().isOk())))
                .contains("data-testid=\"dashboard-empty\"")
                .doesNotContain("id=\"chart-on-time\"");
    }

    @Test
    void a_start_after_the_end_or_a_malformed_date_is_shown_next_to_the_field_with_status_400() throws Exception {
        String reversed = html(open("staff1", "?from=2020-02-01&to=2020-01-01").andExpect(status().isBadRequest()));
        assertThat(reversed).contains("class=\"field-error\"", "不能晚于截止日期").doesNotContain("id=\"chart-on-time\"");

        String malformed = html(open("staff1", "?from=2020-13-45").andExpect(status().isBadRequest()));
        assertThat(malformed).contains("class=\"field-error\"", "yyyy-MM-dd");
    }

    @Test
    void other_roles_may_not_open_the_charts() throws Exception {
        for (String login : List.of("deputy001", "dept01-handler", "dept01-leader", "member01", "admin")) {
            open(login, "").andExpect(status().isForbidden());
        }
    }
}
