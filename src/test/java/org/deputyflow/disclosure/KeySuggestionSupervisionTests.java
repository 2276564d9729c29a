package org.deputyflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A key suggestion's supervising leader hears of every step of its handling in the inbox; the
 * council hears nothing of the steps of other suggestions.
 */
@DeputyFlowTest
class KeySuggestionSupervisionTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TestClock clock;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_supervising_leader_is_told_of_each_step_from_assignment_to_closing() throws Exception {
        clock.set(shanghai("2026-04-01T09:00"));
        long id = api.submit("deputy060", "重点建议督办全流程");
        api.accept(id);
        api.read(api.post(
                "council1",
                "/api/key-suggestions",
                Map.of("suggestionId", id, "supervisingLeader", "council1", "note", "主任会议督办")));

        api.assign(id, List.of("dept20"), List.of());
        assertThat(subjects(id)).anyMatch(s -> s.endsWith("：交办承办单位"));
        api.claim("dept20-handler", id);
        api.contact("dept20-handler", id);
        api.read(api.post("staff1", "/api/suggestions/" + id + "/urges", Map.of("message", "请加快办理")));
        long requestId = api.read(api.post(
                        "dept20-leader",
                        "/api/suggestions/" + id + "/extension-requests",
                        Map.of("months", 1, "reason", "需协调资金")))
                .get("requestId")
                .asLong();
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/extension-requests/" + requestId + "/decision",
                Map.of("approve", false, "comment", "请按期办理")));
        api.read(api.reply("dept20-handler", id, "A"));
        api.signOff("dept20-leader", id, true);
        api.read(api.evaluate("deputy060", id, "SATISFIED", "UNSATISFIED", null));
        api.read(api.post(
                "staff1", "/api/suggestions/" + id + "/rehandling", Map.of("required", true, "comment", "请重新研究")));

        // the rehandling clock (one month) runs out: reminders, half time and the escalation reach the leader too
        clock.set(shanghai("2026-05-02T00:00"));
        String process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult()
                .getId();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(process)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
        api.handleAndReply("dept20", id, "A");
        api.read(api.evaluate("deputy060", id, "SATISFIED", "SATISFIED", null));
        assertThat(api.status(id)).isEqualTo("CLOSED");

        assertThat(subjects(id))
                .anyMatch(s -> s.endsWith("：签收"))
                .anyMatch(s -> s.endsWith("：与代表沟通联系"))
                .anyMatch(s -> s.endsWith("：催办"))
                .anyMatch(s -> s.endsWith("：申请延期"))
                .anyMatch(s -> s.endsWith("：不批准延期"))
                .anyMatch(s -> s.endsWith("：提交答复待签发"))
                .anyMatch(s -> s.endsWith("：签发答复"))
                .anyMatch(s -> s.endsWith("：代表评价答复"))
                .anyMatch(s -> s.endsWith("：决定重新办理"))
                .anyMatch(s -> s.contains("时间已过半"))
                .anyMatch(s -> s.endsWith("已超期"))
                .anyMatch(s -> s.endsWith("已办结"));
        assertThat(api.notifications("council1", id, "ASSIGNED")).isEqualTo(1);
        assertThat(api.notifications("council1", id, "URGED")).isEqualTo(1);
        assertThat(api.notifications("council1", id, "EXTENSION_REQUESTED")).isEqualTo(1);
        assertThat(api.notifications("council1", id, "EXTENSION_DECIDED")).isEqualTo(1);
        assertThat(api.notifications("council1", id, "EVALUATED")).isEqualTo(2);
        assertThat(api.notifications("council1", id, "DECISION")).isEqualTo(1);
        assertThat(api.notifications("council1", id, "OVERDUE")).isEqualTo(1);
        assertThat(api.notifications("council1", id, "CLOSED")).isEqualTo(1);
        // two reminders before the rehandling due date and the half-time one
        assertThat(api.notifications("council1", id, "REMINDER")).isEqualTo(3);
        // each reply round: the sign-off and the replies reaching the deputy
        assertThat(api.notifications("council1", id, "REPLIED")).isEqualTo(4);
        // claim, contact and reply submission, in both rounds
        assertThat(api.notifications("council1", id, "PROGRESS")).isEqualTo(6);
        JsonNode first = inbox(id).get(0);
        assertThat(first.get("text").asText()).contains("您督办的重点建议《重点建议督办全流程》");
        // the leader is a council member and reads the department's words as the council does on the timeline
        assertThat(inbox(id).stream().map(item -> item.get("text").asText()).toList())
                .anyMatch(t -> t.endsWith("催办，请加快办理"))
                .anyMatch(t -> t.endsWith("申请延期，1 个月：需协调资金"))
                .anyMatch(t -> t.endsWith("不批准延期，请按期办理"));
    }

    @Test
    void the_steps_of_a_suggestion_that_is_not_key_reach_no_council_member() throws Exception {
        long id = api.submit("deputy061", "普通建议不通知主任会议");
        api.accept(id);
        api.assign(id, List.of("dept20"), List.of());
        api.read(api.post("staff1", "/api/suggestions/" + id + "/urges", Map.of("message", "请加快办理")));
        api.handleAndReply("dept20", id, "A");
        api.read(api.evaluate("deputy061", id, "SATISFIED", "SATISFIED", null));
        assertThat(api.status(id)).isEqualTo("CLOSED");

        assertThat(api.notifications("dept20-handler", id, "URGED")).isEqualTo(1);
        assertThat(inbox(id)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification n WHERE n.suggestion_id = ? AND n.recipient IN"
                                + " (SELECT u.login FROM app_user u JOIN user_role r ON r.user_id = u.id WHERE r.role = 'COUNCIL')",
                        Long.class,
                        id))
                .isZero();
    }

    private List<JsonNode> inbox(long suggestionId) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode item :
                api.read(api.get("council1", "/api/notifications?size=200")).get("items")) {
            if (item.path("suggestionId").asLong() == suggestionId) {
                items.add(item);
            }
        }
        return items;
    }

    private List<String> subjects(long suggestionId) throws Exception {
        return inbox(suggestionId).stream()
                .map(item -> item.get("subject").asText())
                .toList();
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }
}
