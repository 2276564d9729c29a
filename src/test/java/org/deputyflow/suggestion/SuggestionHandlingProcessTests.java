package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_CLOSED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_CONVERTED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_FOLLOW_UP_DELIVERED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_MERGED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_OPINION_GIVEN;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_REASSIGNED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_REPLY_APPROVED;
import static org.deputyflow.suggestion.process.SuggestionProcess.END_WITHDRAWN;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_ASSIGN;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_CONFIRM_DELIVERY;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_DECIDE_DISPUTE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_DECIDE_REHANDLING;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_EVALUATE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_EXPLAIN_FOLLOW_UP;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_FOLLOW_UP;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_HANDLE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_REVIEW_EXPLANATION;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_REVISE;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_SCREEN;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_SIGN_OFF;
import static org.deputyflow.suggestion.process.SuggestionProcess.TASK_WRITE_OPINION;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.ProcessCoverageGate;
import org.deputyflow.TestClock;
import org.deputyflow.suggestion.process.ClockAlarms;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every path through {@code suggestion-handling.bpmn}, driven through the API as the users
 * would, timers included; the class fails below 90% flow-node coverage.
 *
 * <p>The clocks run on the 2026 calendar shipped with the demo data: 国庆节 1–7 October and 中秋节
 * 25 September are holidays, Sunday 20 September and Saturday 10 October are make-up working days.
 * Time moves by setting the clock; due timers are executed by hand.
 */
@DeputyFlowTest
@TestExecutionListeners(
        value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SuggestionHandlingProcessTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    TestClock clock;

    @Autowired
    SuggestionAlarms alarms;

    SuggestionApi api;

    static final ProcessCoverageGate COVERAGE = new ProcessCoverageGate(SuggestionProcess.KEY);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @AfterAll
    static void everyPathIsCovered(@Autowired ProcessEngine engine) {
        COVERAGE.assertCovered(engine);
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new SuggestionApi(mvc, json, jdbc);
    }

    @Test
    void accepted_assigned_to_a_lead_and_a_co_unit_replied_evaluated_and_closed() throws Exception {
        long id = api.submit("deputy001", "加密城郊公交线路");
        ProcessInstance process = instance(id);
        assertThat(process).isWaitingAt(TASK_SCREEN);
        assertThat(api.status(id)).isEqualTo("SUBMITTED");

        api.accept(id);
        assertThat(process).isWaitingAt(TASK_ASSIGN);
        assertThat(api.status(id)).isEqualTo("ACCEPTED");

        api.assign(id, List.of("dept01"), List.of("dept02"));
        assertThat(process).isWaitingAt(TASK_HANDLE, TASK_WRITE_OPINION);
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");

        api.opinion("dept02", id);
        api.handleAndReply("dept01", id, "A");
        assertThat(process).isWaitingAt(TASK_EVALUATE);
        assertThat(api.status(id)).isEqualTo("REPLIED");

        api.read(api.evaluate("deputy001", id, "SATISFIED", "SATISFIED", null));
        assertThat(process)
                .isEnded()
                .hasPassedInOrder(
                        TASK_SCREEN,
                        TASK_ASSIGN,
                        TASK_HANDLE,
                        TASK_SIGN_OFF,
                        END_REPLY_APPROVED,
                        TASK_EVALUATE,
                        END_CLOSED);
        assertThat(process).hasPassed(TASK_WRITE_OPINION, END_OPINION_GIVEN);
        assertThat(api.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void returned_revised_and_then_converted_to_a_letter() throws Exception {
        long id = api.submit("deputy002", "关于邻里纠纷的反映");
        ProcessInstance process = instance(id);
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/screening",
                Map.of("outcome", "RETURN", "reason", "一件建议只能反映一个问题")));
        assertThat(process).isWaitingAt(TASK_REVISE);
        assertThat(api.status(id)).isEqualTo("RETURNED");

        api.read(api.put("deputy002", "/api/suggestions/" + id, api.draft("关于邻里纠纷的反映（修改）", List.of())));
        assertThat(process).isWaitingAt(TASK_SCREEN);
        assertThat(api.status(id)).isEqualTo("SUBMITTED");

        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/screening",
                Map.of("outcome", "CONVERT_TO_LETTER", "reason", "PERSONAL_MATTER")));
        assertThat(process).isEnded().hasPassedInOrder(TASK_SCREEN, TASK_REVISE, TASK_SCREEN, END_CONVERTED);
        assertThat(api.status(id)).isEqualTo("CONVERTED_TO_LETTER");
    }

    @Test
    void a_reply_sent_back_is_redrafted_and_a_b_class_reply_is_followed_up_until_delivered() throws Exception {
        long id = api.submit("deputy003", "建设社区养老服务中心");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept07"), List.of());
        api.claim("dept07-handler", id);
        api.contact("dept07-handler", id);
        api.read(api.reply("dept07-handler", id, "B"));
        api.signOff("dept07-leader", id, false);
        assertThat(process).isWaitingAt(TASK_HANDLE);
        // the handler who drafted gets the task straight back
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(process.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo("dept07-handler");

        api.read(api.reply("dept07-handler", id, "B"));
        api.signOff("dept07-leader", id, true);
        api.read(api.evaluate("deputy003", id, "SATISFIED", "BASICALLY_SATISFIED", null));
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        assertThat(api.status(id)).isEqualTo("FOLLOW_UP");

        api.read(api.post(
                "dept07-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "已列入年度计划，正在选址", "delivered", false)));
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        api.read(api.post(
                "dept07-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "养老服务中心已建成投用", "delivered", true)));
        // the delivery waits for the lead deputy's confirmation
        assertThat(process).isWaitingAt(TASK_CONFIRM_DELIVERY);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(process.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo("deputy003");
        assertThat(api.status(id)).isEqualTo("FOLLOW_UP");
        assertThat(assignmentState(id, "dept07")).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(api.notifications("deputy003", id, "PROGRESS")).isEqualTo(1);
        api.read(api.post("deputy003", "/api/suggestions/" + id + "/delivery-confirmation", Map.of("confirmed", true)));
        assertThat(process)
                .isEnded()
                .hasPassedInOrder(
                        TASK_HANDLE,
                        TASK_SIGN_OFF,
                        TASK_HANDLE,
                        TASK_SIGN_OFF,
                        TASK_EVALUATE,
                        TASK_FOLLOW_UP,
                        TASK_CONFIRM_DELIVERY,
                        END_FOLLOW_UP_DELIVERED,
                        END_CLOSED);
        assertThat(api.status(id)).isEqualTo("CLOSED");
        assertThat(assignmentState(id, "dept07")).isEqualTo("DONE");
        assertThat(jdbc.queryForObject(
                        "SELECT c.confirmed_by FROM follow_up_clock c JOIN assignment a"
                                + " ON a.id = c.assignment_id WHERE a.suggestion_id = ?",
                        String.class,
                        id))
                .isEqualTo("deputy003");
        assertThat(api.dossier("deputy003", id).get("timeline"))
                .extracting(e -> e.get("action").asText())
                .contains("DELIVERED", "DELIVERY_CONFIRMED");
    }

    @Test
    void an_unsatisfied_result_is_rehandled_once_and_the_second_evaluation_is_final() throws Exception {
        long id = api.submit("deputy004", "治理河道黑臭水体");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept14"), List.of());
        api.handleAndReply("dept14", id, "D");
        api.read(api.evaluate("deputy004", id, "BASICALLY_SATISFIED", "UNSATISFIED", null));
        assertThat(process).isWaitingAt(TASK_DECIDE_REHANDLING);
        assertThat(api.status(id)).isEqualTo("AWAITING_REHANDLING_DECISION");

        api.read(api.post(
                "staff1", "/api/suggestions/" + id + "/rehandling", Map.of("required", true, "comment", "请重新研究")));
        assertThat(process).isWaitingAt(TASK_HANDLE);
        assertThat(api.status(id)).isEqualTo("REHANDLING");

        api.handleAndReply("dept14", id, "A");
        api.read(api.evaluate("deputy004", id, "UNSATISFIED", "UNSATISFIED", null));
        assertThat(process)
                .isEnded()
                .hasPassedInOrder(
                        TASK_EVALUATE, TASK_DECIDE_REHANDLING, TASK_HANDLE, TASK_SIGN_OFF, TASK_EVALUATE, END_CLOSED);
        assertThat(api.status(id)).isEqualTo("CLOSED");
    }

    @Test
    void staff_may_decide_against_rehandling() throws Exception {
        long id = api.submit("deputy005", "增设学校周边交通信号灯");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept01"), List.of());
        api.handleAndReply("dept01", id, "C");
        api.read(api.evaluate("deputy005", id, "SATISFIED", "UNSATISFIED", null));
        api.read(api.post(
                "staff1", "/api/suggestions/" + id + "/rehandling", Map.of("required", false, "comment", "答复已说明客观原因")));
        // a C reply is still followed up after the decision
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        api.read(api.post(
                "dept01-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "信号灯已安装", "delivered", true)));
        // a dispute needs a reason and sends the department back to its follow-up
        api.post("deputy005", "/api/suggestions/" + id + "/delivery-confirmation", Map.of("confirmed", false))
                .andExpect(status().isBadRequest());
        assertThat(process).isWaitingAt(TASK_CONFIRM_DELIVERY);
        api.read(api.post(
                "deputy005",
                "/api/suggestions/" + id + "/delivery-confirmation",
                Map.of("confirmed", false, "comment", "只安装了一侧，另一侧路口仍未安装")));
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        assertThat(assignmentState(id, "dept01")).isEqualTo("FOLLOW_UP");
        assertThat(api.notifications("dept01-handler", id, "DECISION")).isEqualTo(1);
        api.read(api.post(
                "dept01-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "两侧信号灯均已安装", "delivered", true)));
        api.read(api.post("deputy005", "/api/suggestions/" + id + "/delivery-confirmation", Map.of("confirmed", true)));
        assertThat(process)
                .isEnded()
                .hasPassedInOrder(
                        TASK_DECIDE_REHANDLING,
                        TASK_FOLLOW_UP,
                        TASK_CONFIRM_DELIVERY,
                        TASK_FOLLOW_UP,
                        TASK_CONFIRM_DELIVERY,
                        END_FOLLOW_UP_DELIVERED,
                        END_CLOSED);
    }

    @Test
    void a_dispute_upheld_keeps_the_department_and_a_dispute_granted_moves_the_suggestion() throws Exception {
        long id = api.submit("deputy006", "规范共享单车停放");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept01"), List.of("dept25"));
        api.read(api.post("dept01-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "应由城管部门主办")));
        assertThat(process).isWaitingAt(TASK_DECIDE_DISPUTE, TASK_WRITE_OPINION);
        api.read(api.post("staff1", "/api/suggestions/" + id + "/disputes/decision", Map.of("uphold", true)));
        assertThat(process).isWaitingAt(TASK_HANDLE, TASK_WRITE_OPINION);

        api.read(api.post("dept25-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "本单位不涉及")));
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/disputes/decision",
                Map.of("uphold", false, "coDepartmentIds", List.of(api.departmentId("dept26")))));
        assertThat(process).hasPassed(END_REASSIGNED).isWaitingAt(TASK_HANDLE, TASK_WRITE_OPINION);
        // the reassigned department no longer sees the suggestion; the new one does
        api.get("dept25-handler", "/api/suggestions/" + id).andExpect(status().isNotFound());
        api.opinion("dept26", id);
        api.handleAndReply("dept01", id, "A");
        api.read(api.evaluate("deputy006", id, "SATISFIED", "SATISFIED", null));
        assertThat(process).isEnded();
    }

    @Test
    void a_lead_unit_reassigned_after_its_dispute_is_replaced_by_the_new_lead() throws Exception {
        long id = api.submit("deputy007", "完善校外培训机构监管");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept03"), List.of());
        api.read(api.post("dept03-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "属教育部门职责")));
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/disputes/decision",
                Map.of("uphold", false, "leadDepartmentIds", List.of(api.departmentId("dept02")))));
        assertThat(process).hasPassed(END_REASSIGNED).isWaitingAt(TASK_HANDLE);
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");
        api.handleAndReply("dept02", id, "A");
        api.read(api.evaluate("deputy007", id, "SATISFIED", "SATISFIED", null));
        assertThat(process).isEnded().hasPassed(END_CLOSED);
    }

    @Test
    void a_joint_suggestion_waits_for_its_co_signers_and_is_withdrawn_only_when_every_signer_agrees() throws Exception {
        long id = api.submit("deputy010", "推进老旧小区加装电梯", api.deputyId("deputy011"), api.deputyId("deputy012"));
        assertThat(api.status(id)).isEqualTo("AWAITING_COSIGNERS");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(SuggestionProcess.KEY)
                        .processInstanceBusinessKey(String.valueOf(id))
                        .count())
                .isZero();
        api.read(api.post("deputy011", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", true)));
        assertThat(api.status(id)).isEqualTo("AWAITING_COSIGNERS");
        api.read(api.post("deputy012", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", false)));
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
        ProcessInstance process = instance(id);
        assertThat(process).isWaitingAt(TASK_SCREEN);

        api.read(api.post("deputy010", "/api/suggestions/" + id + "/withdrawal", null));
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
        assertThat(process).isWaitingAt(TASK_SCREEN);
        api.read(api.post("deputy011", "/api/suggestions/" + id + "/withdrawal", null));
        assertThat(process).isEnded().hasPassed(END_WITHDRAWN).hasNotPassed(TASK_ASSIGN);
        assertThat(api.status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void a_suggestion_merged_into_another_ends_and_its_deputy_can_read_the_target() throws Exception {
        long target = api.submit("deputy020", "整治夜间施工噪声");
        long merged = api.submit("deputy021", "夜间施工噪声扰民");
        ProcessInstance process = instance(merged);
        api.accept(target);
        api.read(api.post("staff1", "/api/suggestions/" + merged + "/merge", Map.of("intoId", target)));
        assertThat(process).isEnded().hasPassed(END_MERGED).hasNotPassed(TASK_ASSIGN);
        assertThat(api.status(merged)).isEqualTo("MERGED");
        assertThat(api.dossier("deputy021", target).get("suggestion").get("id").asLong())
                .isEqualTo(target);
        assertThat(api.dossier("deputy021", merged).get("mergedIntoNumber").asText())
                .isEqualTo(api.dossier("staff1", target)
                        .get("suggestion")
                        .get("number")
                        .asText());
        assertThat(process).isNotNull();
        assertThat(instance(target)).isWaitingAt(TASK_ASSIGN);
    }

    @Test
    void screening_is_due_seven_working_days_later_counting_the_make_up_sunday_and_skipping_the_holiday()
            throws Exception {
        clock.set(shanghai("2026-09-18T10:00"));
        long id = api.submit("deputy050", "审查期限测试");
        ProcessInstance process = instance(id);
        // Sun 20 Sep works, Fri 25 Sep is 中秋节: 20, 21, 22, 23, 24, 28, 29
        assertThat(api.dossier("staff1", id)
                        .get("suggestion")
                        .get("screeningDue")
                        .asText())
                .isEqualTo("2026-09-29");
        assertThat(timer(process, "Timer_ScreeningReminder").getDuedate()).isEqualTo(date("2026-09-26T00:00"));
        assertThat(timer(process, "Timer_ScreeningOverdue").getDuedate()).isEqualTo(date("2026-09-30T00:00"));

        clock.set(shanghai("2026-09-25T23:59"));
        assertThat(dueJobs(process)).isEmpty();
        clock.set(shanghai("2026-09-26T00:00"));
        assertThat(dueJobs(process)).extracting(this::activityOf).containsExactly("Timer_ScreeningReminder");
        executeDueJobs(process);
        BpmnAwareTests.assertThat(process)
                .hasPassed("Task_SendScreeningReminder")
                .isWaitingAt(SuggestionProcess.TASK_SCREEN);
        assertThat(api.notifications("staff2", id, "REMINDER")).isEqualTo(1);
        // a timer job is at-least-once: running the same alarm again notifies nobody twice
        alarms.screeningReminder(id);
        assertThat(api.notifications("staff2", id, "REMINDER")).isEqualTo(1);

        clock.set(shanghai("2026-09-29T23:59"));
        assertThat(dueJobs(process)).isEmpty();
        clock.set(shanghai("2026-09-30T00:00"));
        executeDueJobs(process);
        // time passing escalates but never decides: the suggestion still waits for screening
        BpmnAwareTests.assertThat(process)
                .hasPassed("Task_EscalateScreening")
                .isWaitingAt(SuggestionProcess.TASK_SCREEN);
        assertThat(api.notifications("staff1", id, "OVERDUE")).isEqualTo(1);
        assertThat(api.status(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void the_dispute_window_spans_the_national_day_holiday_and_the_make_up_saturday() throws Exception {
        clock.set(shanghai("2026-09-28T09:00"));
        long id = api.submit("deputy051", "申请调整窗口测试");
        api.accept(id);
        api.assign(id, List.of("dept15"), List.of());
        JsonNode assignment = api.dossier("staff1", id).get("assignments").get(0);
        // 29, 30 Sep, then 8, 9, 10 (make-up Saturday), 12, 13 Oct
        assertThat(assignment.get("disputeDue").asText()).isEqualTo("2026-10-13");
        assertThat(assignment.get("replyDue").asText()).isEqualTo("2026-12-28");

        clock.set(shanghai("2026-10-14T09:00"));
        api.post("dept15-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "不属本单位职责"))
                .andExpect(status().isConflict());
        clock.set(shanghai("2026-10-13T17:00"));
        api.read(api.post("dept15-handler", "/api/suggestions/" + id + "/disputes", Map.of("reason", "不属本单位职责")));
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");
    }

    @Test
    void a_departments_reminders_and_escalation_fire_on_their_days_and_an_extension_moves_them() throws Exception {
        clock.set(shanghai("2026-09-28T09:00"));
        long id = api.submit("deputy052", "答复期限与延期测试");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept16"), List.of("dept17"));
        assertThat(timer(process, "Start_FirstReminder", "dept16").getDuedate()).isEqualTo(date("2026-12-13T00:00"));
        assertThat(timer(process, "Start_SecondReminder", "dept16").getDuedate())
                .isEqualTo(date("2026-12-25T00:00"));
        assertThat(timer(process, "Start_DepartmentOverdue", "dept16").getDuedate())
                .isEqualTo(date("2026-12-29T00:00"));
        assertThat(api.notifications("dept16-handler", id, "ASSIGNED")).isEqualTo(1);
        assertThat(api.notifications("dept17-leader", id, "ASSIGNED")).isEqualTo(1);
        // the co-unit runs against its one-month opinion clock
        assertThat(timer(process, "Start_DepartmentOverdue", "dept17").getDuedate())
                .isEqualTo(date("2026-10-29T00:00"));

        clock.set(shanghai("2026-10-29T00:00"));
        executeDueJobs(process);
        BpmnAwareTests.assertThat(process)
                .hasPassed("Task_FirstReminder", "Task_SecondReminder", "Task_DepartmentOverdue")
                .isWaitingAt(SuggestionProcess.TASK_HANDLE, SuggestionProcess.TASK_WRITE_OPINION);
        assertThat(api.notifications("dept17-handler", id, "REMINDER")).isEqualTo(2);
        assertThat(api.notifications("dept17-handler", id, "OVERDUE")).isEqualTo(1);
        assertThat(api.notifications("dept16-handler", id, "REMINDER")).isZero();

        api.post("dept16-leader", "/api/suggestions/" + id + "/extension-requests", Map.of("months", 4, "reason", "x"))
                .andExpect(status().isBadRequest());
        api.post("dept16-handler", "/api/suggestions/" + id + "/extension-requests", Map.of("months", 2, "reason", "x"))
                .andExpect(status().isForbidden());
        api.post(
                        "dept17-leader",
                        "/api/suggestions/" + id + "/extension-requests",
                        Map.of("months", 2, "reason", "需协调"))
                .andExpect(status().isConflict());
        long requestId = api.read(api.post(
                                "dept16-leader",
                                "/api/suggestions/" + id + "/extension-requests",
                                Map.of("months", 2, "reason", "涉及跨年度预算安排"))
                        .andExpect(status().isCreated()))
                .get("requestId")
                .asLong();
        api.post("dept16-leader", "/api/suggestions/" + id + "/extension-requests", Map.of("months", 1, "reason", "再延"))
                .andExpect(status().isConflict());
        api.post(
                        "dept16-leader",
                        "/api/suggestions/" + id + "/extension-requests/" + requestId + "/decision",
                        Map.of("approve", true))
                .andExpect(status().isForbidden());
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/extension-requests/" + requestId + "/decision",
                Map.of("approve", true, "comment", "同意")));
        api.post(
                        "staff1",
                        "/api/suggestions/" + id + "/extension-requests/" + requestId + "/decision",
                        Map.of("approve", true))
                .andExpect(status().isConflict());

        JsonNode lead = api.dossier("staff1", id).get("assignments").get(0);
        assertThat(lead.get("replyDue").asText()).isEqualTo("2027-02-28");
        assertThat(timer(process, "Start_FirstReminder", "dept16").getDuedate()).isEqualTo(date("2027-02-13T00:00"));
        assertThat(timer(process, "Start_SecondReminder", "dept16").getDuedate())
                .isEqualTo(date("2027-02-25T00:00"));
        assertThat(timer(process, "Start_DepartmentOverdue", "dept16").getDuedate())
                .isEqualTo(date("2027-03-01T00:00"));
        assertThat(api.dossier("staff1", id).get("timeline"))
                .extracting(e -> e.get("action").asText())
                .contains("EXTENSION_REQUESTED", "EXTENSION_APPROVED");
        // the deputy is told
        assertThat(api.notifications("deputy052", id, "EXTENSION_DECIDED")).isEqualTo(1);

        clock.set(shanghai("2027-02-28T23:59"));
        executeDueJobs(process);
        BpmnAwareTests.assertThat(process).isWaitingAt(SuggestionProcess.TASK_HANDLE);
        assertThat(timer(process, "Start_DepartmentOverdue", "dept16")).isNotNull();
        clock.set(shanghai("2027-03-01T00:00"));
        executeDueJobs(process);
        assertThat(timer(process, "Start_DepartmentOverdue", "dept16")).isNull();
        assertThat(api.status(id)).isEqualTo("IN_HANDLING");
    }

    @Test
    void staff_urge_the_departments_still_working_and_may_close_an_unevaluated_reply_after_its_period()
            throws Exception {
        clock.set(shanghai("2026-11-02T09:00"));
        long id = api.submit("deputy053", "催办与未评价测试");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept19"), List.of());
        api.post("staff1", "/api/suggestions/" + id + "/urges", Map.of()).andExpect(status().isBadRequest());
        api.post("dept19-handler", "/api/suggestions/" + id + "/urges", Map.of("message", "请加快"))
                .andExpect(status().isForbidden());
        api.post("staff1", "/api/suggestions/" + id + "/urges", Map.of("message", "请加快办理"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.departments").value(1));
        assertThat(api.dossier("staff1", id).get("urges")).hasSize(1);
        assertThat(api.dossier("deputy053", id).get("urges")).isEmpty();
        assertThat(api.notifications("dept19-handler2", id, "URGED")).isEqualTo(1);

        api.handleAndReply("dept19", id, "A");
        api.post("staff1", "/api/suggestions/" + id + "/urges", Map.of("message", "再催"))
                .andExpect(status().isConflict());
        JsonNode suggestion = api.dossier("staff1", id).get("suggestion");
        // 20 working days from 2 November
        assertThat(suggestion.get("evaluationDue").asText()).isEqualTo("2026-11-30");
        api.post("staff1", "/api/suggestions/" + id + "/evaluation/not-evaluated", null)
                .andExpect(status().isConflict());
        assertThat(timer(process, "Timer_EvaluationDue").getDuedate()).isEqualTo(date("2026-12-01T00:00"));

        clock.set(shanghai("2026-12-01T00:00"));
        executeDueJobs(process);
        BpmnAwareTests.assertThat(process)
                .hasPassed("Task_SendEvaluationReminder")
                .isWaitingAt(SuggestionProcess.TASK_EVALUATE);
        assertThat(api.notifications("deputy053", id, "REMINDER")).isEqualTo(1);
        assertThat(api.notifications("deputy053", id, "REPLIED")).isEqualTo(1);
        api.read(api.post("staff1", "/api/suggestions/" + id + "/evaluation/not-evaluated", null));
        BpmnAwareTests.assertThat(process).isEnded().hasPassed(SuggestionProcess.END_CLOSED);
        assertThat(api.status(id)).isEqualTo("CLOSED");
        assertThat(api.dossier("staff1", id)
                        .get("suggestion")
                        .get("notEvaluated")
                        .asBoolean())
                .isTrue();
        assertThat(api.dossier("staff1", id).get("evaluations")).isEmpty();
    }

    @Test
    void staff_waive_an_overdue_co_unit_opinion_and_the_lead_unit_may_reply_without_it() throws Exception {
        clock.set(shanghai("2026-11-02T09:00"));
        long id = api.submit("deputy054", "协办意见逾期免除测试");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept05"), List.of("dept06"));
        long coUnit = api.departmentId("dept06");
        api.claim("dept05-handler", id);
        api.contact("dept05-handler", id);
        api.reply("dept05-handler", id, "A").andExpect(status().isConflict());

        JsonNode co = assignmentOf(api.dossier("staff1", id), coUnit);
        String opinionDue = co.get("opinionDue").asText();
        Map<String, Object> waiver = Map.of("departmentId", coUnit, "reason", "协办单位逾期未提出意见，经多次催办");
        // not yet overdue: the co-unit still has its time
        api.post("staff1", "/api/suggestions/" + id + "/opinion-waivers", waiver)
                .andExpect(status().isConflict());

        clock.set(shanghai(java.time.LocalDate.parse(opinionDue).plusDays(1) + "T09:00"));
        api.post("staff1", "/api/suggestions/" + id + "/opinion-waivers", Map.of("departmentId", coUnit))
                .andExpect(status().isBadRequest());
        api.post("staff1", "/api/suggestions/" + id + "/opinion-waivers", Map.of("reason", "逾期"))
                .andExpect(status().isBadRequest());
        api.post("dept05-leader", "/api/suggestions/" + id + "/opinion-waivers", waiver)
                .andExpect(status().isForbidden());
        api.post(
                        "staff1",
                        "/api/suggestions/" + id + "/opinion-waivers",
                        Map.of("departmentId", api.departmentId("dept05"), "reason", "主办单位不是协办单位"))
                .andExpect(status().isConflict());
        assertThat(assignmentOf(api.dossier("staff1", id), coUnit).get("state").asText())
                .isEqualTo("HANDLING");
        assertThat(process).isWaitingAt(TASK_HANDLE, TASK_WRITE_OPINION);

        api.post("staff1", "/api/suggestions/" + id + "/opinion-waivers", waiver)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_HANDLING"));
        assertThat(process).hasPassed(SuggestionProcess.END_OPINION_WAIVED).isWaitingAt(TASK_HANDLE);
        assertThat(process).hasNotPassed(END_OPINION_GIVEN);
        co = assignmentOf(api.dossier("staff1", id), coUnit);
        assertThat(co.get("state").asText()).isEqualTo("OPINION_WAIVED");
        assertThat(co.get("opinionWaived").asBoolean()).isTrue();
        assertThat(api.notifications("dept06-handler", id, "DECISION")).isEqualTo(1);
        assertThat(api.notifications("dept05-handler", id, "DECISION")).isEqualTo(1);
        assertThat(timelineActions(api.dossier("staff1", id))).contains("OPINION_WAIVED");
        assertThat(timelineActions(api.dossier("dept05-handler", id))).contains("OPINION_WAIVED");
        // the departments' working exchange, never the deputy's
        assertThat(timelineActions(api.dossier("deputy054", id))).doesNotContain("OPINION_WAIVED");
        api.post("staff1", "/api/suggestions/" + id + "/opinion-waivers", waiver)
                .andExpect(status().isConflict());
        api.post("dept06-handler", "/api/suggestions/" + id + "/opinions", Map.of("content", "迟到的意见"))
                .andExpect(status().isConflict());

        api.read(api.reply("dept05-handler", id, "A"));
        api.signOff("dept05-leader", id, true);
        assertThat(process).isWaitingAt(TASK_EVALUATE);
        assertThat(api.status(id)).isEqualTo("REPLIED");
    }

    private static JsonNode assignmentOf(JsonNode dossier, long departmentId) {
        for (JsonNode assignment : dossier.get("assignments")) {
            if (assignment.get("departmentId").asLong() == departmentId) {
                return assignment;
            }
        }
        throw new AssertionError("no assignment of department " + departmentId);
    }

    private static List<String> timelineActions(JsonNode dossier) {
        List<String> actions = new java.util.ArrayList<>();
        dossier.get("timeline").forEach(entry -> actions.add(entry.get("action").asText()));
        return actions;
    }

    @Test
    void a_key_suggestions_half_time_reminder_fires_on_its_working_day_and_an_extension_moves_it() throws Exception {
        clock.set(shanghai("2026-04-01T09:00"));
        long id = api.submit("deputy054", "重点建议过半提醒测试");
        ProcessInstance process = instance(id);
        api.accept(id);
        designateKey(id);
        api.assign(id, List.of("dept21"), List.of());
        assertThat(api.dossier("staff1", id)
                        .get("assignments")
                        .get(0)
                        .get("replyDue")
                        .asText())
                .isEqualTo("2026-07-01");
        // 61 working days from 1 April to 1 July (清明 6 April, 劳动节 1, 4, 5 May, make-up Saturday 9 May,
        // 端午 19 June): the 30th is Monday 18 May
        assertThat(timer(process, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept21")
                        .getDuedate())
                .isEqualTo(date("2026-05-18T00:00"));

        clock.set(shanghai("2026-05-06T10:00"));
        long requestId = api.read(api.post(
                        "dept21-leader",
                        "/api/suggestions/" + id + "/extension-requests",
                        Map.of("months", 1, "reason", "需征求多部门意见")))
                .get("requestId")
                .asLong();
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/extension-requests/" + requestId + "/decision",
                Map.of("approve", true)));
        // due 1 August: 83 working days from 1 April, the 41st is Tuesday 2 June
        assertThat(timer(process, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept21")
                        .getDuedate())
                .isEqualTo(date("2026-06-02T00:00"));

        clock.set(shanghai("2026-06-01T23:59"));
        assertThat(dueJobs(process)).isEmpty();
        clock.set(shanghai("2026-06-02T00:00"));
        assertThat(dueJobs(process))
                .extracting(this::activityOf)
                .containsExactly(SuggestionProcess.TIMER_KEY_HALF_TIME);
        executeDueJobs(process);
        BpmnAwareTests.assertThat(process)
                .hasPassed(SuggestionProcess.TASK_KEY_HALF_TIME_REMINDER, "End_KeyHalfTimeReminder")
                .isWaitingAt(TASK_HANDLE);
        assertThat(api.notifications("dept21-handler", id, "REMINDER")).isEqualTo(1);
        assertThat(api.notifications("dept21-leader", id, "REMINDER")).isEqualTo(1);
        assertThat(api.notifications("council1", id, "REMINDER")).isEqualTo(1);
        // at least once: the alarm run again notifies nobody twice
        alarms.halfTimeReminder(api.read(api.get("staff1", "/api/suggestions/" + id))
                .get("assignments")
                .get(0)
                .get("id")
                .asLong());
        assertThat(api.notifications("dept21-handler", id, "REMINDER")).isEqualTo(1);
        assertThat(timer(process, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept21"))
                .isNull();
    }

    @Test
    void a_suggestion_that_is_not_key_has_no_half_time_reminder() throws Exception {
        clock.set(shanghai("2026-04-01T09:00"));
        long id = api.submit("deputy055", "普通建议无过半提醒");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept22"), List.of());
        assertThat(timer(process, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept22")
                        .getDuedate())
                .isEqualTo(ClockAlarms.NEVER);

        clock.set(shanghai("2026-06-15T12:00"));
        assertThat(dueJobs(process)).isEmpty();
        BpmnAwareTests.assertThat(process).hasNotPassed(SuggestionProcess.TASK_KEY_HALF_TIME_REMINDER);
        assertThat(api.notifications("dept22-handler", id, "REMINDER")).isZero();

        // an approved extension moves the department's clock and leaves the parked timer parked
        long requestId = api.read(api.post(
                        "dept22-leader",
                        "/api/suggestions/" + id + "/extension-requests",
                        Map.of("months", 1, "reason", "需征求多部门意见")))
                .get("requestId")
                .asLong();
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/extension-requests/" + requestId + "/decision",
                Map.of("approve", true)));
        assertThat(timer(process, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept22")
                        .getDuedate())
                .isEqualTo(ClockAlarms.NEVER);
        // long after every clock of the suggestion ran out, as the job executor would see it: the reminders
        // and the escalation are due and run, the half-time reminder is neither due nor run
        clock.set(shanghai("2027-12-31T12:00"));
        assertThat(dueJobs(process))
                .extracting(this::activityOf)
                .doesNotContain(SuggestionProcess.TIMER_KEY_HALF_TIME)
                .contains(SuggestionProcess.TIMER_DEPARTMENT_OVERDUE);
        executeDueJobs(process);
        BpmnAwareTests.assertThat(process)
                .hasPassed(SuggestionProcess.TASK_DEPARTMENT_OVERDUE)
                .hasNotPassed(SuggestionProcess.TASK_KEY_HALF_TIME_REMINDER)
                .isWaitingAt(TASK_HANDLE);
        assertThat(dueJobs(process)).isEmpty();
    }

    @Test
    void a_suggestion_designated_key_while_departments_work_is_reminded_only_if_half_time_is_ahead() throws Exception {
        clock.set(shanghai("2026-04-01T09:00"));
        long early = api.submit("deputy056", "交办后列为重点建议（过半前）");
        long late = api.submit("deputy057", "交办后列为重点建议（过半后）");
        ProcessInstance earlyProcess = instance(early);
        ProcessInstance lateProcess = instance(late);
        for (long id : List.of(early, late)) {
            api.accept(id);
            api.assign(id, List.of("dept23"), List.of("dept24"));
        }

        clock.set(shanghai("2026-04-20T10:00"));
        designateKey(early);
        assertThat(timer(earlyProcess, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept23")
                        .getDuedate())
                .isEqualTo(date("2026-05-18T00:00"));
        // the co-unit runs against its opinion clock, due 1 May: 20 working days, half time Thursday 16 April
        // has passed, so it is not reminded late
        assertThat(timer(earlyProcess, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept24")
                        .getDuedate())
                .isEqualTo(ClockAlarms.NEVER);

        clock.set(shanghai("2026-05-19T10:00"));
        designateKey(late);
        assertThat(timer(lateProcess, SuggestionProcess.TIMER_KEY_HALF_TIME, "dept23")
                        .getDuedate())
                .isEqualTo(ClockAlarms.NEVER);
    }

    private Job timer(ProcessInstance process, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(process.getId())
                .activityId(activityId)
                .singleResult();
    }

    /** The timer of one department's clock: its execution carries the assignment of that department. */
    private Job timer(ProcessInstance process, String activityId, String departmentCode) {
        Long assignmentId = jdbc.queryForObject(
                "SELECT a.id FROM assignment a JOIN department d ON d.id = a.department_id"
                        + " WHERE a.suggestion_id = ? AND d.code = ? AND a.active = TRUE",
                Long.class,
                Long.valueOf(process.getBusinessKey()),
                departmentCode);
        return management.createJobQuery().processInstanceId(process.getId()).activityId(activityId).list().stream()
                .filter(job -> assignmentId.equals(engine.getRuntimeService()
                        .getVariable(job.getExecutionId(), SuggestionProcess.VAR_ASSIGNMENT_ID)))
                .findFirst()
                .orElse(null);
    }

    @Test
    void a_follow_up_is_reminded_before_its_plan_date_escalated_after_it_and_staff_confirm_an_unanswered_delivery()
            throws Exception {
        clock.set(shanghai("2026-03-02T09:00"));
        long id = api.submit("deputy060", "跟踪办理计划时间测试");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept28"), List.of());
        api.claim("dept28-handler", id);
        api.contact("dept28-handler", id);
        api.read(api.post(
                "dept28-handler",
                "/api/suggestions/" + id + "/reply",
                Map.of("resultClass", "B", "content", "已列入今年计划", "planDate", "2026-06-30", "publishable", true)));
        api.signOff("dept28-leader", id, true);
        api.read(api.evaluate("deputy060", id, "SATISFIED", "SATISFIED", null));
        assertThat(process).isWaitingAt(TASK_FOLLOW_UP);
        // 15 days before the plan date, and the start of the day after it
        assertThat(timer(process, "Timer_FollowUpReminder", "dept28").getDuedate())
                .isEqualTo(date("2026-06-15T00:00"));
        assertThat(timer(process, "Timer_FollowUpOverdue", "dept28").getDuedate())
                .isEqualTo(date("2026-07-01T00:00"));

        clock.set(shanghai("2026-06-15T00:00"));
        executeDueJobs(process);
        assertThat(process).hasPassed("Task_SendFollowUpReminder").isWaitingAt(TASK_FOLLOW_UP);
        assertThat(api.notifications("dept28-handler", id, "REMINDER")).isEqualTo(1);
        assertThat(api.notifications("staff1", id, "OVERDUE")).isZero();

        clock.set(shanghai("2026-07-01T00:00"));
        executeDueJobs(process);
        assertThat(process).hasPassed("Task_EscalateFollowUp").isWaitingAt(TASK_FOLLOW_UP);
        assertThat(api.notifications("dept28-handler", id, "OVERDUE")).isEqualTo(1);
        assertThat(api.notifications("staff1", id, "OVERDUE")).isEqualTo(1);

        clock.set(shanghai("2026-07-06T09:00"));
        api.read(api.post(
                "dept28-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "项目已完工", "delivered", true)));
        assertThat(process).isWaitingAt(TASK_CONFIRM_DELIVERY);
        // 20 working days after Monday 6 July: 3 August; staff may confirm from the 4th
        assertThat(timer(process, "Timer_ConfirmationDue", "dept28").getDuedate())
                .isEqualTo(date("2026-08-04T00:00"));
        api.post("staff1", "/api/suggestions/" + id + "/delivery-confirmation/by-staff", Map.of())
                .andExpect(status().isConflict());
        api.post("deputy061", "/api/suggestions/" + id + "/delivery-confirmation", Map.of("confirmed", true))
                .andExpect(status().isNotFound());
        api.post("dept28-handler", "/api/suggestions/" + id + "/delivery-confirmation", Map.of("confirmed", true))
                .andExpect(status().isForbidden());
        assertThat(assignmentState(id, "dept28")).isEqualTo("AWAITING_CONFIRMATION");
        // every reader of the dossier sees the follow-up's dates: the plan, the delivery and the deputy's last day
        JsonNode followUpClock = api.dossier("deputy060", id).at("/followUpClocks/0");
        assertThat(followUpClock.get("deliveredOn").asText()).isEqualTo("2026-07-06");
        assertThat(followUpClock.get("confirmationDue").asText()).isEqualTo("2026-08-03");
        assertThat(followUpClock.get("planDate").asText()).isNotBlank();

        clock.set(shanghai("2026-08-04T00:00"));
        executeDueJobs(process);
        assertThat(process).hasPassed("Task_ConfirmationLapsed").isWaitingAt(TASK_CONFIRM_DELIVERY);
        assertThat(api.notifications("deputy060", id, "REMINDER")).isEqualTo(1);
        assertThat(api.notifications("staff1", id, "OVERDUE")).isEqualTo(2);
        api.read(api.post(
                "staff1", "/api/suggestions/" + id + "/delivery-confirmation/by-staff", Map.of("comment", "经电话核实已完工")));
        assertThat(process)
                .isEnded()
                .hasPassedInOrder(TASK_FOLLOW_UP, TASK_CONFIRM_DELIVERY, END_FOLLOW_UP_DELIVERED, END_CLOSED);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT c.plan_date, c.delivered_on, c.confirmed_by,"
                        + " c.confirmed_by_staff FROM follow_up_clock c JOIN assignment a ON a.id = c.assignment_id"
                        + " WHERE a.suggestion_id = ?",
                id);
        assertThat(row.get("delivered_on").toString()).isEqualTo("2026-07-06");
        assertThat(row.get("confirmed_by")).isEqualTo("staff1");
        assertThat(row.get("confirmed_by_staff")).isEqualTo(true);
        // a second confirmation finds nothing to confirm
        api.post("staff1", "/api/suggestions/" + id + "/delivery-confirmation/by-staff", Map.of())
                .andExpect(status().isConflict());
    }

    @Test
    void a_follow_up_open_at_the_year_end_is_explained_sent_back_explained_again_accepted_and_runs_on()
            throws Exception {
        clock.set(shanghai("2026-10-12T09:00"));
        long id = api.submit("deputy061", "年底书面说明测试");
        ProcessInstance process = instance(id);
        api.accept(id);
        api.assign(id, List.of("dept29"), List.of());
        api.claim("dept29-handler", id);
        api.contact("dept29-handler", id);
        api.read(api.post(
                "dept29-handler",
                "/api/suggestions/" + id + "/reply",
                Map.of("resultClass", "C", "content", "列入明年计划", "planDate", "2027-06-30", "publishable", true)));
        api.signOff("dept29-leader", id, true);
        api.read(api.evaluate("deputy061", id, "SATISFIED", "SATISFIED", null));
        assertThat(timer(process, "Timer_YearEndExplanation", "dept29").getDuedate())
                .isEqualTo(date("2026-12-15T00:00"));
        api.post("staff1", "/api/suggestions/" + id + "/follow-up-explanations/decision", Map.of("accept", true))
                .andExpect(status().isConflict());

        clock.set(shanghai("2026-12-15T00:00"));
        executeDueJobs(process);
        assertThat(process).hasPassed("Task_RequestExplanation").isWaitingAt(TASK_EXPLAIN_FOLLOW_UP);
        assertThat(assignmentState(id, "dept29")).isEqualTo("EXPLAINING");
        assertThat(api.notifications("dept29-handler", id, "REMINDER")).isEqualTo(1);
        // the report task and its plan-date timers wait until the explanation is accepted
        assertThat(timer(process, "Timer_FollowUpOverdue", "dept29")).isNull();
        api.post(
                        "dept29-handler",
                        "/api/suggestions/" + id + "/follow-ups",
                        Map.of("content", "已落实", "delivered", true))
                .andExpect(status().isConflict());
        api.post("dept01-handler", "/api/suggestions/" + id + "/follow-up-explanations", Map.of("content", "说明"))
                .andExpect(status().isNotFound());
        api.post("dept29-handler", "/api/suggestions/" + id + "/follow-up-explanations", Map.of("content", " "))
                .andExpect(status().isBadRequest());

        api.read(api.post(
                "dept29-handler", "/api/suggestions/" + id + "/follow-up-explanations", Map.of("content", "资金明年到位")));
        assertThat(process).isWaitingAt(TASK_REVIEW_EXPLANATION);
        assertThat(assignmentState(id, "dept29")).isEqualTo("EXPLANATION_REVIEW");
        assertThat(api.notifications("staff1", id, "PROGRESS")).isEqualTo(1);
        api.post("staff1", "/api/suggestions/" + id + "/follow-up-explanations/decision", Map.of("accept", false))
                .andExpect(status().isBadRequest());
        api.read(api.post(
                "staff1",
                "/api/suggestions/" + id + "/follow-up-explanations/decision",
                Map.of("accept", false, "comment", "请写明资金到位的具体时间")));
        assertThat(process).isWaitingAt(TASK_EXPLAIN_FOLLOW_UP);
        assertThat(assignmentState(id, "dept29")).isEqualTo("EXPLAINING");

        clock.set(shanghai("2026-12-18T10:00"));
        api.read(api.post(
                "dept29-handler",
                "/api/suggestions/" + id + "/follow-up-explanations",
                Map.of("content", "资金 2027 年 3 月到位，6 月底前完工")));
        api.read(api.post(
                "staff1", "/api/suggestions/" + id + "/follow-up-explanations/decision", Map.of("accept", true)));
        assertThat(process)
                .isWaitingAt(TASK_FOLLOW_UP)
                .hasPassedInOrder(
                        TASK_FOLLOW_UP,
                        TASK_EXPLAIN_FOLLOW_UP,
                        TASK_REVIEW_EXPLANATION,
                        TASK_EXPLAIN_FOLLOW_UP,
                        TASK_REVIEW_EXPLANATION);
        assertThat(assignmentState(id, "dept29")).isEqualTo("FOLLOW_UP");
        // the follow-up runs on against next year's year end and its own plan date
        assertThat(timer(process, "Timer_YearEndExplanation", "dept29").getDuedate())
                .isEqualTo(date("2027-12-15T00:00"));
        assertThat(timer(process, "Timer_FollowUpReminder", "dept29").getDuedate())
                .isEqualTo(date("2027-06-15T00:00"));
        assertThat(jdbc.queryForList(
                        "SELECT x.decision FROM follow_up_explanation x JOIN assignment a"
                                + " ON a.id = x.assignment_id WHERE a.suggestion_id = ? AND x.year_end = DATE '2026-12-15' ORDER BY x.id",
                        String.class,
                        id))
                .containsExactly("SENT_BACK", "ACCEPTED");
        // the explanation is between the department and staff
        assertThat(api.dossier("deputy061", id).get("timeline"))
                .extracting(e -> e.get("action").asText())
                .doesNotContain("EXPLANATION_SUBMITTED", "EXPLANATION_ACCEPTED");
        assertThat(api.dossier("staff1", id).get("timeline"))
                .extracting(e -> e.get("action").asText())
                .contains("EXPLANATION_SUBMITTED", "EXPLANATION_SENT_BACK", "EXPLANATION_ACCEPTED");
    }

    private String assignmentState(long id, String departmentCode) {
        return jdbc.queryForObject(
                "SELECT a.state FROM assignment a JOIN department d ON d.id = a.department_id"
                        + " WHERE a.suggestion_id = ? AND d.code = ? AND a.active = TRUE",
                String.class,
                id,
                departmentCode);
    }

    private void designateKey(long id) throws Exception {
        api.read(api.post(
                "council1", "/api/key-suggestions", Map.of("suggestionId", id, "supervisingLeader", "council1")));
    }

    private List<Job> dueJobs(ProcessInstance process) {
        return management
                .createJobQuery()
                .processInstanceId(process.getId())
                .executable()
                .list();
    }

    private void executeDueJobs(ProcessInstance process) {
        for (Job job : dueJobs(process)) {
            management.executeJob(job.getId());
        }
    }

    private String activityOf(Job job) {
        return management
                .createJobDefinitionQuery()
                .jobDefinitionId(job.getJobDefinitionId())
                .singleResult()
                .getActivityId();
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static Date date(String shanghaiDateTime) {
        return Date.from(shanghai(shanghaiDateTime));
    }

    private ProcessInstance instance(long suggestionId) {
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(suggestionId))
                .singleResult();
        assertThat(instance).as("process of suggestion %d", suggestionId).isNotNull();
        return COVERAGE.track(instance);
    }
}
