package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every action endpoint of the suggestion API against the three ways a caller can be wrong: the
 * wrong role (403), a suggestion outside their scope (404), a body that is not valid (400). None
 * of them changes anything.
 */
@DeputyFlowTest
class SuggestionEndpointGuardsTests {

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

    /** endpoint, a login of the wrong role, a login of the right role outside the scope, a valid and an invalid body */
    static Stream<Arguments> endpoints() {
        Map<String, Object> text = Map.of("reason", "理由", "content", "内容", "message", "催办");
        return Stream.of(
                Arguments.of("co-signatures", "staff1", "deputy090", Map.of("accept", true), Map.of()),
                Arguments.of("withdrawal", "dept20-handler", "deputy090", Map.of(), null),
                Arguments.of(
                        "screening", "deputy080", null, Map.of("outcome", "ACCEPT"), Map.of("outcome", "NONSENSE")),
                Arguments.of("merge", "deputy080", null, Map.of("intoId", 1), Map.of()),
                Arguments.of(
                        "assignment",
                        "council1",
                        null,
                        Map.of("leadDepartmentIds", List.of(1)),
                        Map.of("leadDepartmentIds", List.of())),
                Arguments.of("claim", "staff1", "dept21-handler", Map.of(), null),
                Arguments.of("unclaim", "deputy080", "dept21-handler", Map.of(), null),
                Arguments.of("disputes", "dept20-leader", "dept21-handler", text, Map.of("reason", " ")),
                Arguments.of("disputes/decision", "dept20-handler", null, Map.of("uphold", true), Map.of()),
                Arguments.of(
                        "contacts",
                        "deputy080",
                        "dept21-handler",
                        Map.of("method", "PHONE", "contactedAt", "2025-12-01T02:00:00Z", "summary", "电话联系"),
                        Map.of("method", "PHONE")),
                Arguments.of("opinions", "staff1", "dept21-handler", text, Map.of("content", "")),
                Arguments.of(
                        "reply",
                        "dept20-leader",
                        "dept21-handler",
                        Map.of("resultClass", "A", "content", "答复", "publishable", true),
                        Map.of("resultClass", "E")),
                Arguments.of("reply/sign-off", "dept20-handler", "dept21-leader", Map.of("approve", true), Map.of()),
                Arguments.of(
                        "evaluation",
                        "staff1",
                        "deputy090",
                        Map.of("attitude", "SATISFIED", "result", "SATISFIED"),
                        Map.of("attitude", "SO_SO")),
                Arguments.of("rehandling", "deputy080", null, Map.of("required", true), Map.of()),
                Arguments.of("follow-ups", "deputy080", "dept21-handler", text, Map.of("content", "")),
                Arguments.of(
                        "extension-requests",
                        "dept20-handler",
                        "dept21-leader",
                        Map.of("months", 1, "reason", "延期"),
                        Map.of("months", 0)),
                Arguments.of("urges", "dept20-handler", null, text, Map.of("message", "")),
                Arguments.of("evaluation/not-evaluated", "deputy080", null, Map.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_wrong_role_a_foreign_record_and_an_invalid_body_change_nothing(
            String action,
            String wrongRole,
            String outsider,
            Map<String, Object> validBody,
            Map<String, Object> invalidBody)
            throws Exception {
        long id = handledSuggestion();
        String before = snapshot(id);
        String path = "/api/suggestions/" + id + "/" + action;

        expectProblem(api.post(wrongRole, path, validBody), 403);
        if (outsider != null) {
            expectProblem(api.post(outsider, path, validBody), 404);
        }
        if (invalidBody != null) {
            String rightRole = switch (action) {
                case "co-signatures", "evaluation" -> "deputy080";
                case "screening", "merge", "assignment", "disputes/decision", "rehandling", "urges" -> "staff1";
                case "reply/sign-off", "extension-requests" -> "dept20-leader";
                default -> "dept20-handler";
            };
            expectProblem(api.post(rightRole, path, invalidBody), 400);
        }
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void an_unknown_suggestion_is_404_and_a_malformed_id_400() throws Exception {
        expectProblem(api.get("staff1", "/api/suggestions/987654321"), 404);
        expectProblem(api.post("staff1", "/api/suggestions/987654321/screening", Map.of("outcome", "ACCEPT")), 404);
        expectProblem(api.get("staff1", "/api/suggestions/abc"), 400);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/suggestions/1/screening")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("staff1", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_handler_releases_a_claim_and_the_task_goes_back_to_the_queue() throws Exception {
        long id = handledSuggestion();
        api.claim("dept20-handler", id);
        api.post("dept20-handler2", "/api/suggestions/" + id + "/unclaim", null).andExpect(status().isConflict());
        api.read(api.post("dept20-handler", "/api/suggestions/" + id + "/unclaim", null));
        assertThat(jdbc.queryForObject("SELECT claimed_by FROM assignment WHERE suggestion_id = ?", String.class, id))
                .isNull();
        api.get("dept20-handler2", "/api/tasks?recordType=SUGGESTION&size=200")
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")].kind")
                        .value(org.hamcrest.Matchers.contains("Task_HandleSuggestion")))
                .andExpect(jsonPath("$.items[?(@.recordId == " + id + ")].claimedBy")
                        .isEmpty());
        api.claim("dept20-handler2", id);
        assertThat(api.dossier("staff1", id).get("timeline"))
                .extracting(e -> e.get("action").asText())
                .containsSubsequence("CLAIMED", "UNCLAIMED", "CLAIMED");
    }

    /** A suggestion of deputy080 in dept20's hands: every endpoint has someone to answer it. */
    private long handledSuggestion() throws Exception {
        long id = api.submit("deputy080", "接口守卫测试");
        api.accept(id);
        api.assign(id, List.of("dept20"), List.of());
        return id;
    }

    private String snapshot(long id) {
        return jdbc.queryForList("SELECT status FROM suggestion WHERE id = ?", id)
                        .toString()
                + jdbc.queryForList("SELECT state, claimed_by, reply_due FROM assignment WHERE suggestion_id = ?", id)
                + jdbc.queryForObject("SELECT COUNT(*) FROM timeline_event WHERE suggestion_id = ?", Long.class, id)
                + jdbc.queryForObject("SELECT COUNT(*) FROM urge WHERE suggestion_id = ?", Long.class, id);
    }

    private static void expectProblem(ResultActions actions, int status) throws Exception {
        actions.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
