package org.deputyflow.suggestion.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The overdue list and the department statistics over HTTP, on data of the test's own departments
 * (the database is shared and, on MariaDB, outlives the class), with due dates moved into the past.
 */
@DeputyFlowTest
class ReportingApiTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarService calendar;

    SuggestionApi api;
    ReportingData data;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        data = new ReportingData(jdbc);
        today = calendar.today();
    }

    // ---- overdue list ----------------------------------------------------------------------------

    @Test
    void a_suggestion_is_overdue_for_screening_from_the_day_after_its_due_date_until_it_is_screened() throws Exception {
        long id = api.submit("deputy041", "超期测试：尚未审查的建议");

        data.set("suggestion", "screening_due", today, id);
        assertThat(findOverdue("clock=SCREENING", id)).isEmpty();

        data.set("suggestion", "screening_due", today.minusDays(1), id);
        JsonNode item = findOverdue("clock=SCREENING", id).get(0);
        assertThat(item.get("clock").asText()).isEqualTo("SCREENING");
        assertThat(item.get("due").asText()).isEqualTo(today.minusDays(1).toString());
        assertThat(item.get("daysOverdue").asInt()).isEqualTo(1);
        assertThat(item.get("urges").asLong()).isZero();
        assertThat(item.get("title").asText()).isEqualTo("超期测试：尚未审查的建议");
        assertThat(item.get("number").asText()).matches("\\d{4}-\\d{4}");
        assertThat(item.has("department")).isFalse();
        assertThat(item.has("assignmentId")).isFalse();

        api.accept(id);
        assertThat(findOverdue("clock=SCREENING", id)).isEmpty();
    }

    @Test
    void departments_are_overdue_from_the_day_after_their_due_dates_with_the_urges_so_far() throws Exception {
        long lead = data.department("市超期测试主办局");
        long co = data.department("市超期测试协办局");
        long id = api.submit("deputy042", "超期测试：交办后逾期");
        api.accept(id);
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/assignment",
                Map.of("leadDepartmentIds", List.of(lead), "coDepartmentIds", List.of(co))));
        long leadAssignment = assignmentOf(id, lead);
        long coAssignment = assignmentOf(id, co);

        // just assigned: three months to reply, one month for the opinion
        assertThat(overdue("departmentId=" + lead).get("total").asLong()).isZero();
        assertThat(overdue("departmentId=" + co).get("total").asLong()).isZero();

        data.set("assignment", "reply_due", today, leadAssignment);
        assertThat(overdue("departmentId=" + lead).get("total").asLong()).isZero();

        data.set("assignment", "reply_due", today.minusDays(1), leadAssignment);
        data.set("assignment", "opinion_due", today.minusDays(40), coAssignment);
        data.urge(id, coAssignment);
        data.urge(id, coAssignment);

        JsonNode replies = overdue("departmentId=" + lead);
        assertThat(replies.get("total").asLong()).isEqualTo(1);
        JsonNode reply = replies.get("items").get(0);
        assertThat(reply.get("suggestionId").asLong()).isEqualTo(id);
        assertThat(reply.get("assignmentId").asLong()).isEqualTo(leadAssignment);
        assertThat(reply.get("clock").asText()).isEqualTo("REPLY");
        assertThat(reply.get("department").get("id").asLong()).isEqualTo(lead);
        assertThat(reply.get("department").get("name").asText()).isEqualTo("市超期测试主办局");
        assertThat(reply.get("daysOverdue").asInt()).isEqualTo(1);
        assertThat(reply.get("urges").asLong()).isZero();

        JsonNode opinion = overdue("departmentId=" + co).get("items").get(0);
        assertThat(opinion.get("clock").asText()).isEqualTo("CO_UNIT_OPINION");
        assertThat(opinion.get("due").asText()).isEqualTo(today.minusDays(40).toString());
        assertThat(opinion.get("daysOverdue").asInt()).isEqualTo(40);
        assertThat(opinion.get("urges").asLong()).isEqualTo(2);

        assertThat(overdue("clock=REPLY&departmentId=" + co).get("total").asLong())
                .isZero();
        JsonNode none = overdue("clock=SCREENING&departmentId=" + lead);
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("items")).isEmpty();
        // the whole list holds both, the 40 days ahead of the 1
        List<JsonNode> both = findOverdue("", id);
        assertThat(both).extracting(n -> n.get("clock").asText()).containsExactly("CO_UNIT_OPINION", "REPLY");
    }

    @Test
    void an_unevaluated_reply_is_overdue_with_every_urge_of_its_suggestion() throws Exception {
        long department = data.department("市超期测试评价局");
        long suggestion = data.suggestion(api.deputyId("deputy043"))
                .status("REPLIED")
                .evaluationDue(today.minusDays(3))
                .insert();
        long assignment =
                data.assignment(suggestion, department).state("REPLIED").insert();
        data.urge(suggestion, assignment);

        JsonNode item = findOverdue("clock=EVALUATION", suggestion).get(0);
        assertThat(item.get("daysOverdue").asInt()).isEqualTo(3);
        assertThat(item.get("urges").asLong()).isEqualTo(1);
        assertThat(item.has("department")).isFalse();
    }

    // ---- department statistics -------------------------------------------------------------------

    @Test
    void statistics_count_the_assignments_of_a_period_of_whole_days_in_the_configured_zone() throws Exception {
        long department = data.department("市统计接口测试局");
        long deputy = data.deputy();
        Instant first = LocalDate.of(1997, 3, 1).atStartOfDay(SHANGHAI).toInstant();
        Instant afterLast = LocalDate.of(1997, 4, 1).atStartOfDay(SHANGHAI).toInstant();
        long s1 = data.suggestion(deputy).status("CLOSED").insert();
        long onTime = data.assignment(s1, department)
                .state("DONE")
                .assignedAt(first)
                .replied(first, true)
                .insert();
        data.reply(onTime, 1, "A", true);
        data.evaluation(onTime, 1, "SATISFIED", "BASICALLY_SATISFIED", deputy);
        data.assignment(s1, department)
                .role("CO")
                .state("OPINION_GIVEN")
                .assignedAt(first.plusSeconds(864_000))
                .insert();
        long open = data.assignment(data.suggestion(deputy).insert(), department)
                .assignedAt(afterLast.minusSeconds(1))
                .replyDue(today.minusDays(2))
                .insert();
        data.extension(open, true);
        data.assignment(data.suggestion(deputy).insert(), department)
                .assignedAt(first.minusSeconds(1))
                .insert();
        data.assignment(data.suggestion(deputy).insert(), department)
                .assignedAt(afterLast)
                .insert();

        JsonNode report = api.read(api.get("council1", "/api/stats/departments?from=1997-03-01&to=1997-03-31"));

        assertThat(report.get("from").asText()).isEqualTo("1997-03-01");
        assertThat(report.get("to").asText()).isEqualTo("1997-03-31");
        assertThat(report.get("asOf").asText()).isEqualTo(today.toString());
        JsonNode row = departmentRow(report, department);
        assertThat(row.get("department").get("code").asText()).isEqualTo(data.code(department));
        assertThat(row.get("department").get("name").asText()).isEqualTo("市统计接口测试局");
        assertThat(json.convertValue(row, Map.class)).containsAllEntriesOf(json.readValue("""
                {"assigned": 3, "assignedAsLead": 2, "assignedAsCoUnit": 1, "replied": 1, "repliedOnTime": 1,
                 "repliedLate": 0, "overdueNow": 1, "extensions": 1,
                 "resultClasses": {"A": 1, "B": 0, "C": 0, "D": 0}, "evaluated": 1,
                 "attitude": {"SATISFIED": 1, "BASICALLY_SATISFIED": 0, "UNSATISFIED": 0},
                 "result": {"SATISFIED": 0, "BASICALLY_SATISFIED": 1, "UNSATISFIED": 0},
                 "notEvaluated": 0,
                 "solvedRate": {"count": 1, "of": 1, "rate": 1.0},
                 "satisfactionRate": {"count": 1, "of": 1, "rate": 1.0}}""", Map.class));
    }

    @Test
    void a_delivery_the_deputy_confirms_counts_as_delivered_on_time_for_its_department_and_in_the_totals()
            throws Exception {
        long dept = api.departmentId("dept26");
        JsonNode before = api.read(api.get("staff1", "/api/stats/follow-ups"));
        long id = api.submit("deputy046", "跟踪办理统计接口测试");
        api.accept(id);
        api.assign(id, List.of("dept26"), List.of());
        api.handleAndReply("dept26", id, "B");
        api.read(api.evaluate("deputy046", id, "SATISFIED", "SATISFIED", null));
        JsonNode started = api.read(api.get("council1", "/api/stats/follow-ups"));
        assertThat(count(started, dept, "open") - count(before, dept, "open")).isEqualTo(1);
        api.read(api.post(
                "dept26-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "已落实", "delivered", true)));
        api.read(api.post("deputy046", "/api/suggestions/" + id + "/delivery-confirmation", Map.of("confirmed", true)));

        JsonNode after = api.read(api.get("staff1", "/api/stats/follow-ups"));
        assertThat(after.get("from").asText())
                .isEqualTo(LocalDate.of(today.getYear(), 1, 1).toString());
        for (String field : List.of("started", "deliveredOnTime")) {
            assertThat(count(after, dept, field) - count(before, dept, field))
                    .as(field)
                    .isEqualTo(1);
            assertThat(after.get("totals").get(field).asLong()
                            - before.get("totals").get(field).asLong())
                    .as(field)
                    .isEqualTo(1);
        }
        for (String field : List.of("open", "overdue", "deliveredLate", "explained")) {
            assertThat(count(after, dept, field)).as(field).isEqualTo(count(before, dept, field));
        }
        api.get("staff1", "/api/stats/follow-ups?from=2026-05-01&to=2026-04-01").andExpect(status().isBadRequest());
        api.get("dept26-handler", "/api/stats/follow-ups").andExpect(status().isForbidden());
    }

    private static long count(JsonNode report, long departmentId, String field) {
        for (JsonNode row : report.get("departments")) {
            if (row.get("departmentId").asLong() == departmentId) {
                return row.get(field).asLong();
            }
        }
        return 0;
    }

    @Test
    void statistics_default_to_this_year_so_far() throws Exception {
        api.get("staff1", "/api/stats/departments")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from")
                        .value(LocalDate.of(today.getYear(), 1, 1).toString()))
                .andExpect(jsonPath("$.to").value(today.toString()))
                .andExpect(jsonPath("$.asOf").value(today.toString()))
                .andExpect(jsonPath("$.departments").isArray());
    }

    @Test
    void a_lifecycle_through_the_api_moves_the_departments_counts() throws Exception {
        long dept = api.departmentId("dept28");
        JsonNode before = departmentRowOrNull(api.read(api.get("staff1", "/api/stats/departments")), dept);

        long id = api.submit("deputy044", "统计测试：完整办理");
        api.accept(id);
        api.assign(id, List.of("dept28"), List.of());
        api.handleAndReply("dept28", id, "A");
        api.read(api.evaluate("deputy044", id, "SATISFIED", "BASICALLY_SATISFIED", null));

        JsonNode after = departmentRowOrNull(api.read(api.get("staff1", "/api/stats/departments")), dept);
        for (String count : List.of(
                "assigned",
                "assignedAsLead",
                "replied",
                "repliedOnTime",
                "evaluated",
                "resultClasses.A",
                "attitude.SATISFIED",
                "result.BASICALLY_SATISFIED",
                "solvedRate.count",
                "solvedRate.of",
                "satisfactionRate.count",
                "satisfactionRate.of")) {
            assertThat(count(after, count) - count(before, count)).as(count).isEqualTo(1);
        }
        for (String count : List.of(
                "assignedAsCoUnit",
                "repliedLate",
                "overdueNow",
                "extensions",
                "notEvaluated",
                "opinionsLate",
                "resultClasses.B",
                "result.SATISFIED",
                "attitude.UNSATISFIED")) {
            assertThat(count(after, count) - count(before, count)).as(count).isZero();
        }
    }

    // ---- who may read, and what is asked ---------------------------------------------------------

    @Test
    void only_staff_and_the_council_read_the_reports() throws Exception {
        for (String path : List.of("/api/overdue", "/api/stats/departments")) {
            for (String login : List.of("deputy001", "dept01-handler", "dept01-leader", "member01")) {
                api.get(login, path)
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            api.get("staff1", path).andExpect(status().isOk());
            api.get("council1", path).andExpect(status().isOk());
        }
    }

    @Test
    void bad_parameters_are_refused_with_a_problem_a_person_can_act_on() throws Exception {
        for (String query : List.of("clock=LATE", "departmentId=abc", "size=0", "size=201", "page=-1")) {
            api.get("staff1", "/api/overdue?" + query)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors").exists());
        }
        api.get("staff1", "/api/stats/departments?from=2026-05-01&to=2026-04-30")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("起始日期 2026-05-01 不能晚于截止日期 2026-04-30"))
                .andExpect(jsonPath("$.errors.from").exists());
        // without from, the period starts on the first of January of to's year, never after to
        api.get("staff1", "/api/stats/departments?to=2025-01-01")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-01-01"));
        for (String query : List.of("from=2026-13-01", "to=yesterday", "from=0999-01-01", "to=3000-01-01")) {
            api.get("staff1", "/api/stats/departments?" + query)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    JsonNode overdue(String query) throws Exception {
        return api.read(api.get("staff1", "/api/overdue?size=200&" + query));
    }

    /** The suggestion's items wherever they are in the shared list, in list order. */
    List<JsonNode> findOverdue(String query, long suggestionId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode result = overdue(query + "&page=" + page);
            for (JsonNode item : result.get("items")) {
                if (item.get("suggestionId").asLong() == suggestionId) {
                    found.add(item);
                }
            }
            if ((page + 1) * 200L >= result.get("total").asLong()) {
                return found;
            }
        }
    }

    long assignmentOf(long suggestionId, long departmentId) {
        return jdbc.queryForObject(
                "SELECT id FROM assignment WHERE suggestion_id = ? AND department_id = ?",
                Long.class,
                suggestionId,
                departmentId);
    }

    static JsonNode departmentRow(JsonNode report, long departmentId) {
        JsonNode row = departmentRowOrNull(report, departmentId);
        assertThat(row).as("department %d in the report", departmentId).isNotNull();
        return row;
    }

    static JsonNode departmentRowOrNull(JsonNode report, long departmentId) {
        for (Iterator<JsonNode> rows = report.get("departments").elements(); rows.hasNext(); ) {
            JsonNode row = rows.next();
            if (row.get("department").get("id").asLong() == departmentId) {
                return row;
            }
        }
        return null;
    }

    /** A count by its dotted path; a department missing from a report counts nothing. */
    static long count(JsonNode row, String path) {
        if (row == null) {
            return 0;
        }
        JsonNode node = row;
        for (String part : path.split("\\.")) {
            node = node.get(part);
        }
        return node.asLong();
    }
}
