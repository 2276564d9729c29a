package org.deputyflow.disclosure.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.ProcessCoverageGate;
import org.deputyflow.TestClock;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A supervising leader's instruction reaches every department still at work on the key suggestion
 * as a task of its own, which a handler acknowledges; one not acknowledged by its due date tells the
 * leader and staff, and stays open.
 */
@DeputyFlowTest
class SupervisionProcessTests {

    static final ProcessCoverageGate COVERAGE = new ProcessCoverageGate(SupervisionProcess.KEY);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    CalendarService calendar;

    @Autowired
    TestClock clock;

    SuggestionApi api;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void everyPathIsCovered(@Autowired ProcessEngine engine) {
        COVERAGE.assertCovered(engine);
    }

    @Test
    void each_department_at_work_acknowledges_the_instruction_in_a_task_of_its_own() throws Exception {
        long id = keySuggestion("督办：背街小巷照明改造", "dept03", "dept04");
        JsonNode instruction = instruct(id, "请两个单位月底前会商，拿出改造时间表");
        JsonNode recipients = instruction.get("recipients");
        assertThat(recipients).hasSize(2);
        assertThat(recipients.findValuesAsText("departmentName")).containsExactly(name("dept03"), name("dept04"));

        long lead = recipients.get(0).get("id").asLong();
        long co = recipients.get(1).get("id").asLong();
        ProcessInstance leadProcess = instance(lead);
        ProcessInstance coProcess = instance(co);
        BpmnAwareTests.assertThat(leadProcess).isWaitingAt(SupervisionProcess.Elements.ACKNOWLEDGE);
        BpmnAwareTests.assertThat(coProcess).isWaitingAt(SupervisionProcess.Elements.ACKNOWLEDGE);
        Task leadTask =
                tasks.createTaskQuery().processInstanceId(leadProcess.getId()).singleResult();
        assertThat(tasks.getIdentityLinksForTask(leadTask.getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactly("dept03");
        LocalDate due = LocalDate.parse(recipients.get(0).get("acknowledgeDue").asText());
        assertThat(due).isEqualTo(calendar.addWorkingDays(calendar.today(), 5));
        assertThat(leadTask.getDueDate()).isEqualTo(Date.from(calendar.endOfDay(due)));

        // the handler's task list leads to the suggestion, and the inbox says what to do
        JsonNode list = api.read(api.get("dept03-handler", "/api/tasks?size=200"));
        assertThat(list.get("items").findParents("taskId").stream()
                        .filter(t -> t.get("kind").asText().equals(SupervisionProcess.Elements.ACKNOWLEDGE))
                        .map(t -> t.get("recordId").asLong()))
                .contains(id);
        assertThat(api.notifications("dept03-handler", id, "SUPERVISION")).isOne();
        assertThat(api.notifications("dept04-handler", id, "SUPERVISION")).isOne();
        assertThat(api.notifications("dept05-handler", id, "SUPERVISION")).isZero();

        // another department cannot acknowledge it; the department's own handler does, once
        acknowledge("dept04-handler", id, lead, null).andExpect(status().isNotFound());
        JsonNode acknowledged = api.read(acknowledge("dept03-handler", id, lead, "已安排月底会商"));
        assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("dept03-handler");
        assertThat(acknowledged.get("reply").asText()).isEqualTo("已安排月底会商");
        BpmnAwareTests.assertThat(leadProcess)
                .hasPassedInOrder(
                        SupervisionProcess.Elements.SENT,
                        SupervisionProcess.Elements.ACKNOWLEDGE,
                        SupervisionProcess.Elements.ACKNOWLEDGED)
                .isEnded();
        BpmnAwareTests.assertThat(coProcess).isWaitingAt(SupervisionProcess.Elements.ACKNOWLEDGE);
        assertThat(api.notifications("council1", id, "SUPERVISION")).isOne();
        acknowledge("dept03-leader", id, lead, null).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "SELECT acknowledged_by FROM supervision_recipient WHERE id = ?", String.class, lead))
                .isEqualTo("dept03-handler");
    }

    @Test
    void an_instruction_not_acknowledged_in_time_tells_the_leader_and_staff_and_stays_open() throws Exception {
        clock.set(Instant.parse("2031-03-03T02:00:00Z"));
        long id = keySuggestion("督办：农贸市场改造", "dept06", null);
        JsonNode recipient = instruct(id, "请说明改造进度").get("recipients").get(0);
        long recipientId = recipient.get("id").asLong();
        LocalDate due = LocalDate.parse(recipient.get("acknowledgeDue").asText());
        ProcessInstance process = instance(recipientId);

        Job timer = management
                .createJobQuery()
                .processInstanceId(process.getId())
                .timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(calendar.endOfDay(due)));
        clock.set(calendar.endOfDay(due).minusSeconds(60));
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(process.getId())
                        .executable()
                        .count())
                .isZero();

        clock.set(calendar.endOfDay(due).plusSeconds(60));
        management.executeJob(timer.getId());
        BpmnAwareTests.assertThat(process)
                .hasPassedInOrder(
                        SupervisionProcess.Elements.OVERDUE,
                        SupervisionProcess.Elements.REMIND,
                        SupervisionProcess.Elements.REMINDED)
                .isWaitingAt(SupervisionProcess.Elements.ACKNOWLEDGE);
        assertThat(api.notifications("council1", id, "OVERDUE")).isOne();
        assertThat(api.notifications("staff1", id, "OVERDUE")).isOne();
        assertThat(api.notifications("dept06-handler", id, "OVERDUE")).isZero();
        JsonNode page = api.read(api.get("staff1", "/api/suggestions/" + id + "/supervision"));
        assertThat(page.get("instructions")
                        .get(0)
                        .get("recipients")
                        .get(0)
                        .get("late")
                        .asBoolean())
                .isTrue();

        api.read(acknowledge("dept06-leader", id, recipientId, null));
        BpmnAwareTests.assertThat(process).isEnded();
    }

    @Test
    void a_key_suggestion_without_a_department_at_work_needs_no_instruction() throws Exception {
        long id = api.submit("deputy030", "督办：尚未交办的重点建议");
        api.accept(id);
        api.read(api.post(
                "council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1")));
        api.post("council1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", "请尽快交办"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM supervision_instruction i JOIN key_suggestion k"
                                + " ON k.id = i.key_suggestion_id WHERE k.suggestion_id = ?",
                        Long.class,
                        id))
                .isZero();
    }

    private long keySuggestion(String title, String lead, String co) throws Exception {
        long id = api.submit("deputy031", title);
        api.accept(id);
        api.assign(id, List.of(lead), co == null ? List.of() : List.of(co));
        api.read(api.post(
                "council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1")));
        return id;
    }

    private JsonNode instruct(long id, String content) throws Exception {
        return api.read(api.post(
                "council1", "/api/suggestions/" + id + "/supervision/instructions", Map.of("content", content)));
    }

    private ResultActions acknowledge(String login, long id, long recipientId, String reply) throws Exception {
        return api.post(
                login,
                "/api/suggestions/" + id + "/supervision/acknowledgements",
                reply == null
                        ? Map.of("recipientId", recipientId)
                        : Map.of("recipientId", recipientId, "reply", reply));
    }

    private ProcessInstance instance(long recipientId) {
        return COVERAGE.track(runtime.createProcessInstanceQuery()
                .processDefinitionKey(SupervisionProcess.KEY)
                .processInstanceBusinessKey(Long.toString(recipientId))
                .singleResult());
    }

    private String name(String code) {
        return jdbc.queryForObject("SELECT name FROM department WHERE code = ?", String.class, code);
    }
}
