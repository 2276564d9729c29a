package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every action on a suggestion is one audit line of its actor, beside its timeline line; a refused
 * action is none; an export of the staff's list is one line with its filter and the rows it wrote.
 */
@DeputyFlowTest
class SuggestionAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    SuggestionApi api;
    AuditLines audit;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
        audit = new AuditLines(jdbc);
    }

    /** One step of the lifecycle: what is done, by whom, and the one line it must leave. */
    interface Step {
        void run() throws Exception;
    }

    record Expected(String action, String actor, Step step) {}

    @Test
    void each_action_of_a_suggestions_lifecycle_is_exactly_one_line_of_its_actor() throws Exception {
        long id = api.submit("deputy093", "审计测试：路灯维修");
        assertThat(audit.of("suggestion", id))
                .extracting(line -> line.get("action"))
                .containsExactly("suggestion.submitted");
        audit.exactlyOne(0, "suggestion.submitted", "suggestion", id, "deputy093", AuditTrail.SUCCESS);
        long department = api.departmentId("dept21");

        List<Expected> steps = List.of(
                new Expected("suggestion.accepted", "staff1", () -> api.accept(id)),
                new Expected("suggestion.assigned", "staff1", () -> api.assign(id, List.of("dept21"), List.of())),
                new Expected("suggestion.claimed", "dept21-handler", () -> api.claim("dept21-handler", id)),
                new Expected("suggestion.contact-logged", "dept21-handler", () -> api.contact("dept21-handler", id)),
                new Expected(
                        "suggestion.reply-submitted",
                        "dept21-handler",
                        () -> api.read(api.reply("dept21-handler", id, "A"))),
                new Expected(
                        "suggestion.reply-approved", "dept21-leader", () -> api.signOff("dept21-leader", id, true)),
                new Expected(
                        "suggestion.evaluated",
                        "deputy093",
                        () -> api.read(api.evaluate("deputy093", id, "SATISFIED", "SATISFIED", null))));
        for (Expected expected : steps) {
            long mark = audit.mark();
            expected.step().run();
            assertThat(audit.since(mark, "suggestion", id))
                    .as(expected.action())
                    .extracting(line -> line.get("action"))
                    .containsExactly(expected.action());
            Map<String, Object> line =
                    audit.exactlyOne(mark, expected.action(), "suggestion", id, expected.actor(), AuditTrail.SUCCESS);
            assertThat(line.get("actor_roles")).as(expected.action()).isNotNull();
        }

        Map<String, Object> contact = audit.of("suggestion", id).stream()
                .filter(line -> "suggestion.contact-logged".equals(line.get("action")))
                .findFirst()
                .orElseThrow();
        // the department, and the summary's length but never the summary
        assertThat(contact.get("details")).isEqualTo("{\"commentLength\":11,\"department\":" + department + "}");
    }

    @Test
    void a_refused_action_leaves_no_line() throws Exception {
        long id = api.submit("deputy093", "审计测试：拒绝");
        api.accept(id);
        long mark = audit.mark();

        api.post("staff1", "/api/suggestions/" + id + "/screening", Map.of("outcome", "ACCEPT"))
                .andExpect(status().isConflict());
        api.post("dept21-handler", "/api/suggestions/" + id + "/claim", null).andExpect(status().is4xxClientError());
        api.evaluate("deputy093", id, "SATISFIED", "SATISFIED", null).andExpect(status().isConflict());

        assertThat(audit.since(mark, "suggestion", id)).isEmpty();
    }

    @Test
    void an_export_is_one_line_with_its_format_filter_and_the_rows_it_wrote() throws Exception {
        String token = "审计导出" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            api.accept(api.submit("deputy093", token + " 第" + i + "件"));
        }
        api.submit("deputy093", token + " 未立案");

        for (String format : List.of("csv", "xlsx")) {
            long mark = audit.mark();
            mvc.perform(get("/staff/suggestions." + format)
                            .param("status", "ACCEPTED")
                            .param("q", token)
                            .with(httpBasic("staff1", "demo")))
                    .andExpect(status().isOk());

            List<Map<String, Object>> lines = audit.since(mark, "export.suggestions");
            assertThat(lines).as(format).hasSize(1);
            Map<String, Object> line = lines.get(0);
            assertThat(line.get("actor_login")).isEqualTo("staff1");
            assertThat(line.get("outcome")).isEqualTo(AuditTrail.SUCCESS);
            assertThat(json.readTree((String) line.get("details")))
                    .isEqualTo(json.valueToTree(
                            Map.of("format", format, "rows", 3, "filter", Map.of("status", "ACCEPTED", "q", token))));
        }

        long mark = audit.mark();
        mvc.perform(get("/staff/suggestions.csv").param("q", token).with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk());
        assertThat(audit.since(mark, "export.suggestions").get(0).get("details").toString())
                .contains("\"rows\":4")
                .contains("\"filter\":{\"q\":");
    }

    @Test
    void a_refused_export_leaves_no_line() throws Exception {
        long mark = audit.mark();
        mvc.perform(get("/staff/suggestions.csv").with(httpBasic("dept21-handler", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/suggestions.csv")
                        .param("status", "NO_SUCH_STATUS")
                        .with(httpBasic("staff1", "demo")))
                .andExpect(status().isBadRequest());
        assertThat(audit.since(mark, "export.suggestions")).isEmpty();
    }
}
