package org.deputyflow.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The deputies' records over HTTP, on deputies of a delegation of the test's own and their rows of
 * 1996 (the database is shared and, on MariaDB, outlives the class): staff read everyone's, a deputy
 * only their own, every other role is refused; the CSV; and the on-time mark an evaluation gets.
 */
@DeputyFlowTest
class DeputyRecordsApiTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant MID_1996 = Instant.parse("1996-06-01T02:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CalendarService calendar;

    RecordsData data;
    String delegation;
    String activeLogin;
    String idleLogin;
    long active;
    long idle;
    long formula;

    /** The active deputy leads two suggestions and a motion and gives one evaluation on time and one late; the others did nothing. */
    @BeforeEach
    void setUp() {
        data = new RecordsData(jdbc);
        delegation = RecordsData.unique("履职接口团");
        activeLogin = RecordsData.unique("rec-a-");
        idleLogin = RecordsData.unique("rec-i-");
        active = data.deputyWithLogin(activeLogin, "履职接口A", delegation);
        idle = data.deputyWithLogin(idleLogin, "履职接口B", delegation);
        formula = data.deputy("=1+1", delegation);
        long s1 = data.suggestion(active, MID_1996);
        data.suggestion(active, MID_1996.plusSeconds(60));
        data.motion(active, MID_1996);
        long a1 = data.assignment(s1);
        data.evaluation(a1, 1, active, MID_1996, true);
        data.evaluation(a1, 2, active, MID_1996.plusSeconds(60), false);
        data.contact(a1, "MEETING", MID_1996);
    }

    ResultActions call(String login, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(login, "demo")).accept(MediaType.APPLICATION_JSON));
    }

    JsonNode read(ResultActions actions) throws Exception {
        return json.readTree(actions.andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    String list(String query) {
        return "/api/deputies/records?year=1996&delegation=" + delegation + (query.isEmpty() ? "" : "&" + query);
    }

    @Test
    void staff_read_every_deputy_s_record_of_the_year_sorted_and_paged() throws Exception {
        JsonNode page = read(call("staff1", list("sort=suggestionsLed,desc")));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("deputyId").asLong()).isEqualTo(active);
        assertThat(first.get("year").asInt()).isEqualTo(1996);
        assertThat(first.get("name").asText()).isEqualTo("履职接口A");
        assertThat(first.get("delegation").asText()).isEqualTo(delegation);
        assertThat(first.get("suggestionsLed").asLong()).isEqualTo(2);
        assertThat(first.get("suggestionsCoSigned").asLong()).isZero();
        assertThat(first.get("motionsLed").asLong()).isEqualTo(1);
        assertThat(first.get("evaluations").asLong()).isEqualTo(2);
        assertThat(first.get("evaluationsOnTime").asLong()).isEqualTo(1);
        assertThat(first.get("meetings").asLong()).isEqualTo(1);
        assertThat(first.get("submittedNothing").asBoolean()).isFalse();

        JsonNode second = read(call("staff1", list("sort=suggestionsLed,desc&page=1&size=1")));
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        // the ties of the second place fall to the name: "=1+1" before "履职接口B"
        assertThat(second.get("items").get(0).get("deputyId").asLong()).isEqualTo(formula);

        JsonNode nothing = read(call("staff1", list("inactive=true&sort=name")));
        assertThat(ids(nothing)).containsExactly(formula, idle);
        assertThat(nothing.get("items").get(1).get("submittedNothing").asBoolean())
                .isTrue();

        assertThat(read(call("staff1", "/api/deputies/records?year=1997&delegation=" + delegation))
                        .get("items")
                        .get(0)
                        .get("suggestionsLed")
                        .asLong())
                .isZero();
    }

    @Test
    void a_deputy_reads_only_their_own_record() throws Exception {
        JsonNode own = read(call(activeLogin, "/api/me/records?year=1996"));
        assertThat(own.get("deputyId").asLong()).isEqualTo(active);
        assertThat(own.get("suggestionsLed").asLong()).isEqualTo(2);
        assertThat(own.get("evaluationsOnTime").asLong()).isEqualTo(1);

        JsonNode other = read(call(idleLogin, "/api/me/records?year=1996&deputyId=" + active));
        assertThat(other.get("deputyId").asLong()).isEqualTo(idle);
        assertThat(other.get("suggestionsLed").asLong()).isZero();
        assertThat(other.get("submittedNothing").asBoolean()).isTrue();

        assertThat(read(call(activeLogin, "/api/me/records")).get("year").asInt())
                .isEqualTo(calendar.today().getYear());

        call(activeLogin, list("")).andExpect(status().isForbidden());
        mvc.perform(get("/staff/deputies/records.csv").with(httpBasic(activeLogin, "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void every_other_role_is_refused() throws Exception {
        for (String login : List.of("dept01-handler", "dept01-leader", "council1", "member01", "admin", "auditor")) {
            call(login, list(""))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            call(login, "/api/me/records?year=1996").andExpect(status().isForbidden());
        }
        call("staff1", "/api/me/records?year=1996").andExpect(status().isForbidden());
        mvc.perform(get(list("")).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }

    @Test
    void bad_input_is_a_problem_not_an_error() throws Exception {
        for (String query : List.of(
                "year=0",
                "year=3000",
                "year=abc",
                "sort=id",
                "sort=name,sideways",
                "size=201",
                "page=-1",
                "inactive=maybe",
                "delegation=" + "团".repeat(101))) {
            call("staff1", "/api/deputies/records?" + query)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        call(activeLogin, "/api/me/records?year=-5").andExpect(status().isBadRequest());
    }

    @Test
    void the_csv_has_a_byte_order_mark_a_header_every_row_neutralised_formulas_and_an_audit_line() throws Exception {
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        byte[] body = mvc.perform(get("/staff/deputies/records.csv")
                        .param("year", "1996")
                        .param("delegation", delegation)
                        .param("sort", "suggestionsLed,desc")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n"))
                .containsExactly(
                        "年度,代表,代表团,领衔建议,附议建议,领衔议案,附议议案,评价,按期评价,见面沟通,本年未提交",
                        "1996,履职接口A," + delegation + ",2,0,1,0,2,1,1,",
                        "1996,'=1+1," + delegation + ",0,0,0,0,0,0,0,是",
                        "1996,履职接口B," + delegation + ",0,0,0,0,0,0,0,是");

        List<Map<String, Object>> lines = audit.since(mark, "export.deputy-records");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).get("actor_login")).isEqualTo("staff1");
        assertThat(lines.get(0).get("outcome")).isEqualTo(AuditTrail.SUCCESS);
        assertThat(json.readTree((String) lines.get(0).get("details")))
                .isEqualTo(json.valueToTree(
                        Map.of("format", "csv", "rows", 3, "filter", Map.of("year", 1996, "delegation", delegation))));

        long refused = audit.mark();
        mvc.perform(get("/staff/deputies/records.csv").param("sort", "bogus").with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest());
        assertThat(audit.since(refused, "export.deputy-records")).isEmpty();
    }

    @Test
    void the_pages_show_the_records() throws Exception {
        String staff = mvc.perform(get("/staff/deputies/records")
                        .param("year", "1996")
                        .param("delegation", delegation)
                        .param("inactive", "true")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(staff).contains("履职接口B").contains("本年未提交").doesNotContain("履职接口A");

        String own = mvc.perform(get("/deputy/records").param("year", "1996").with(httpBasic(activeLogin, "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("1996 年我的履职情况").contains("class=\"suggestions-led\">2<");
        mvc.perform(get("/deputy/records").param("year", "1996").with(httpBasic("staff1", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/deputies/records").param("year", "x").with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_evaluation_within_its_period_is_on_time_and_one_after_it_is_late() throws Exception {
        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        long onTime = replied(api, "履职按期评价");
        long late = replied(api, "履职逾期评价");
        LocalDate today = calendar.today();
        jdbc.update("UPDATE suggestion SET evaluation_due = ? WHERE id = ?", today, onTime);
        jdbc.update("UPDATE suggestion SET evaluation_due = ? WHERE id = ?", today.minusDays(1), late);

        read(api.evaluate("deputy039", onTime, "SATISFIED", "SATISFIED", null));
        read(api.evaluate("deputy039", late, "SATISFIED", "SATISFIED", null));

        assertThat(onTime(onTime)).isTrue();
        assertThat(onTime(late)).isFalse();
    }

    private long replied(SuggestionApi api, String title) throws Exception {
        long id = api.submit("deputy039", title);
        api.accept(id);
        api.assign(id, List.of("dept28"), List.of());
        api.handleAndReply("dept28", id, "A");
        assertThat(api.status(id)).isEqualTo("REPLIED");
        return id;
    }

    private Boolean onTime(long suggestionId) {
        return jdbc.queryForObject(
                "SELECT e.on_time FROM evaluation e JOIN assignment a ON a.id = e.assignment_id "
                        + "WHERE a.suggestion_id = ?",
                Boolean.class,
                suggestionId);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("deputyId").asLong()));
        return ids;
    }
}
