package org.deputyflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.VoteScenario;
import org.deputyflow.vote.domain.Choice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * {@code GET /api/tasks} across the suggestion, motion, vote and disclosure processes: every role
 * sees exactly its own tasks of each kind, nobody else's, and the parts of the list page as one.
 * The database is shared with other test classes, so each user's list is cut down to this test's
 * records, except for deputies that no other test uses.
 */
@DeputyFlowTest
class TaskListApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VoteQueries votes;

    @Autowired
    OpeningVotes opening;

    @Autowired
    CastingBallots casting;

    @Autowired
    CountingVotes counting;

    @Autowired
    DirectoryService directory;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    record Line(String recordType, long recordId, String kind) {}

    @Test
    void each_role_sees_exactly_its_own_tasks_of_each_kind() throws Exception {
        long s1 = api.submit("deputy015", "待办联合建议", api.deputyId("deputy016"));
        long s2 = api.submit("deputy017", "待办审查的建议");
        long m1 = submitMotion("deputy015", "待办附议的议案", List.of("deputy016"));
        long m2 = signedMotion("待办格式审查的议案");
        long m3 = signedMotion("待办决定的议案");
        review(m3);
        long m4 = signedMotion("待办审议报告的议案");
        review(m4);
        api.read(api.post(
                "council1",
                "/api/motions/" + m4 + "/decision",
                Map.of("outcome", "REFER_TO_COMMITTEE", "committee", "财政经济委员会")));
        VoteScenario scenario = new VoteScenario(opening, casting, counting, votes, directory);
        long v1 = scenario.create("待办开始投票的测评", "dept22");
        long v2 = scenario.create("待办整改报告的测评", "dept23");
        scenario.runUnanimous(v2, Choice.BASICALLY_SATISFIED);
        long d = api.read(api.post("staff1", "/api/disclosures", Map.of("year", 2014, "quarter", 2)))
                .at("/disclosure/id")
                .asLong();

        Map<String, Set<Long>> mine = Map.of(
                "SUGGESTION",
                Set.of(s1, s2),
                "MOTION",
                Set.of(m1, m2, m3, m4),
                "VOTE",
                Set.of(v1, v2),
                "DISCLOSURE",
                Set.of(d));

        assertThat(lines("deputy016", mine))
                .containsExactlyInAnyOrder(
                        new Line("SUGGESTION", s1, "CO_SIGNATURE"), new Line("MOTION", m1, "CO_SIGNATURE"));
        assertThat(lines("deputy015", mine)).isEmpty();
        assertThat(lines("deputy018", mine)).isEmpty();
        assertThat(lines("staff1", mine))
                .containsExactlyInAnyOrder(
                        new Line("SUGGESTION", s2, "Task_ScreenSuggestion"),
                        new Line("MOTION", m2, "Task_CheckForm"),
                        new Line("MOTION", m4, "Task_RecordCommitteeReport"),
                        new Line("VOTE", v1, "Task_OpenVote"),
                        new Line("DISCLOSURE", d, "Task_ReviewDisclosure"));
        assertThat(lines("staff2", mine)).isEqualTo(lines("staff1", mine));
        assertThat(lines("council1", mine)).containsExactly(new Line("MOTION", m3, "Task_DecideMotion"));
        assertThat(lines("dept23-handler", mine))
                .containsExactly(new Line("VOTE", v2, "Task_SubmitRectificationReport"));
        assertThat(lines("dept23-leader", mine))
                .containsExactly(new Line("VOTE", v2, "Task_SubmitRectificationReport"));
        assertThat(lines("dept22-handler", mine)).isEmpty();
        assertThat(lines("dept24-handler", mine)).isEmpty();
        assertThat(lines("member01", mine)).isEmpty();

        // each line names its record so that a client can link to it, and says by when
        JsonNode coSignMotion = item("deputy016", "MOTION", m1);
        JsonNode motion = api.read(api.get("staff1", "/api/motions/" + m1)).get("motion");
        assertThat(coSignMotion.get("number").asText())
                .isEqualTo(motion.get("number").asText());
        assertThat(coSignMotion.get("title").asText()).isEqualTo("待办附议的议案");
        assertThat(coSignMotion.get("due").asText())
                .isEqualTo(motion.get("signingDue").asText());
        assertThat(coSignMotion.hasNonNull("taskId")).isFalse();
        JsonNode report = item("staff1", "MOTION", m4);
        assertThat(report.get("name").asText()).isEqualTo("登记专门委员会审议报告");
        // an English client reads the step in English, and the co-signature invitation too
        JsonNode english = api.read(mvc.perform(MockMvcRequestBuilders.get("/api/tasks")
                .param("size", "200")
                .header("Accept-Language", "en")
                .with(httpBasic("staff1", "demo"))));
        assertThat(english.findValuesAsText("name")).contains("Record the special committee's report");
        JsonNode englishInvitation = api.read(mvc.perform(MockMvcRequestBuilders.get("/api/tasks")
                .param("size", "200")
                .header("Accept-Language", "en")
                .with(httpBasic("deputy016", "demo"))));
        assertThat(englishInvitation.findValuesAsText("name")).contains("Co-signature invitation to answer");
        assertThat(report.get("due").asText())
                .isEqualTo(api.read(api.get("staff1", "/api/motions/" + m4))
                        .at("/motion/reportDue")
                        .asText());
        JsonNode screening = item("staff1", "SUGGESTION", s2);
        assertThat(screening.get("number").asText())
                .isEqualTo(api.dossier("staff1", s2).at("/suggestion/number").asText());
        assertThat(screening.hasNonNull("due")).isTrue();
        JsonNode rectification = item("dept23-handler", "VOTE", v2);
        assertThat(rectification.get("departmentId").asLong()).isEqualTo(api.departmentId("dept23"));
        assertThat(rectification.get("due").asText())
                .isEqualTo(jdbc.queryForObject(
                                "SELECT due_date FROM vote_rectification WHERE vote_id = ?", java.sql.Date.class, v2)
                        .toString());
        assertThat(rectification.get("title").asText()).startsWith("待办整改报告的测评");
        JsonNode disclosure = item("staff1", "DISCLOSURE", d);
        assertThat(disclosure.get("number").asText()).isEqualTo("2014-Q2");

        // once staff have reviewed it, the disclosure waits for the council instead
        api.read(api.post("staff1", "/api/disclosures/" + d + "/review", Map.of()));
        assertThat(lines("council1", mine))
                .containsExactlyInAnyOrder(
                        new Line("MOTION", m3, "Task_DecideMotion"),
                        new Line("DISCLOSURE", d, "Task_ApproveDisclosure"));
        assertThat(lines("staff1", mine)).doesNotContain(new Line("DISCLOSURE", d, "Task_ReviewDisclosure"));
    }

    @Test
    void co_signature_requests_and_engine_tasks_page_as_one_list() throws Exception {
        long invitee = api.deputyId("deputy019");
        long s1 = api.submit("deputy018", "分页联合建议一", invitee);
        long s2 = api.submit("deputy018", "分页联合建议二", invitee);
        long m1 = submitMotion("deputy018", "分页议案一", List.of("deputy019"));
        long m2 = submitMotion("deputy018", "分页议案二", List.of("deputy019"));
        long own = api.submit("deputy019", "分页退回的建议");
        api.read(api.post(
                "staff1", "/api/suggestions/" + own + "/screening", Map.of("outcome", "RETURN", "reason", "请补充具体建议")));

        List<Line> all = List.of(
                new Line("SUGGESTION", s1, "CO_SIGNATURE"),
                new Line("SUGGESTION", s2, "CO_SIGNATURE"),
                new Line("MOTION", m1, "CO_SIGNATURE"),
                new Line("MOTION", m2, "CO_SIGNATURE"),
                new Line("SUGGESTION", own, "Task_ReviseSuggestion"));
        assertThat(page("deputy019", "page=0&size=2")).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(page("deputy019", "page=1&size=2")).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(page("deputy019", "page=2&size=2")).containsExactlyElementsOf(all.subList(4, 5));
        assertThat(page("deputy019", "page=3&size=2")).isEmpty();
        assertThat(page("deputy019", "page=0&size=3")).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(page("deputy019", "page=1&size=3")).containsExactlyElementsOf(all.subList(3, 5));
        assertThat(api.read(api.get("deputy019", "/api/tasks?size=2"))
                        .get("total")
                        .asLong())
                .isEqualTo(5);

        assertThat(page("deputy019", "recordType=MOTION")).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(page("deputy019", "recordType=SUGGESTION&page=1&size=2")).containsExactly(all.get(4));
        assertThat(page("deputy019", "recordType=VOTE")).isEmpty();
        assertThat(api.read(api.get("deputy018", "/api/tasks")).get("total").asLong())
                .isZero();

        // the motion list's own task endpoint still answers the same invitations
        assertThat(api.read(api.get("deputy019", "/api/motions/tasks"))
                        .get("items")
                        .findValuesAsText("title"))
                .containsExactly("分页议案一", "分页议案二");

        api.get("deputy019", "/api/tasks?recordType=NOPE")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.get("deputy019", "/api/tasks?size=0").andExpect(status().isBadRequest());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private long submitMotion(String lead, String title, List<String> coSigners) throws Exception {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title);
        draft.put("reason", "案由：" + title);
        draft.put("basis", "案据：调研情况");
        draft.put("proposal", "方案：制定地方性法规");
        draft.put("period", "SESSION");
        draft.put("coSignerIds", coSigners.stream().map(api::deputyId).toList());
        return api.read(api.post(lead, "/api/motions", draft)).get("id").asLong();
    }

    /** Lead deputy027 and nine co-signers who all confirm at once: it waits for the form check. */
    private long signedMotion(String title) throws Exception {
        List<String> coSigners = new ArrayList<>();
        for (int i = 28; i < 37; i++) {
            coSigners.add("deputy%03d".formatted(i));
        }
        long id = submitMotion("deputy027", title, coSigners);
        for (String coSigner : coSigners) {
            api.read(api.post(coSigner, "/api/motions/" + id + "/co-signatures", Map.of("accept", true)));
        }
        return id;
    }

    private void review(long motionId) throws Exception {
        api.read(api.post("staff1", "/api/motions/" + motionId + "/review", Map.of("accept", true)));
    }

    /** Every line of the user's whole list, page by page, that is about one of these records. */
    private Set<Line> lines(String login, Map<String, Set<Long>> records) throws Exception {
        Set<Line> found = new HashSet<>();
        for (JsonNode item : all(login)) {
            Line line = new Line(
                    item.get("recordType").asText(),
                    item.get("recordId").asLong(),
                    item.get("kind").asText());
            if (records.getOrDefault(line.recordType(), Set.of()).contains(line.recordId())) {
                assertThat(found.add(line)).as("listed once: %s", line).isTrue();
            }
        }
        return found;
    }

    private JsonNode item(String login, String type, long id) throws Exception {
        return all(login).stream()
                .filter(i -> i.get("recordType").asText().equals(type)
                        && i.get("recordId").asLong() == id)
                .findFirst()
                .orElseThrow();
    }

    private List<JsonNode> all(String login) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        long total;
        int page = 0;
        do {
            JsonNode body = api.read(api.get(login, "/api/tasks?size=200&page=" + page++));
            total = body.get("total").asLong();
            body.get("items").forEach(items::add);
            if (body.get("items").isEmpty()) {
                break;
            }
        } while (items.size() < total);
        assertThat(items).hasSize((int) total);
        return items;
    }

    private List<Line> page(String login, String query) throws Exception {
        List<Line> lines = new ArrayList<>();
        api.read(api.get(login, "/api/tasks?" + query))
                .get("items")
                .forEach(item -> lines.add(new Line(
                        item.get("recordType").asText(),
                        item.get("recordId").asLong(),
                        item.get("kind").asText())));
        return lines;
    }
}
