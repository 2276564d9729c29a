package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.ProcessCoverageGate;
import org.deputyflow.TestClock;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.motion.process.MotionProcess;
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
 * Every path through {@code motion-handling.bpmn}, driven through the API, the lapse timer
 * included; the class fails below 90% flow-node coverage. The lapse runs on the 2026 demo
 * calendar: 中秋节 25 September and 国庆节 1–7 October are holidays, Sunday 20 September works.
 */
@DeputyFlowTest
@TestExecutionListeners(
        value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class MotionHandlingProcessTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final ProcessCoverageGate COVERAGE = new ProcessCoverageGate(MotionProcess.KEY);

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

    MotionApi api;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        api = new MotionApi(mvc, json, jdbc);
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
    void waits_for_ten_signers_then_form_check_and_put_on_the_agenda() throws Exception {
        List<String> coSigners = MotionApi.nineFrom(61);
        long id = api.submit("deputy060", "关于制定城市更新条例的议案", coSigners);
        ProcessInstance process = instance(id);
        // every invited co-signer is asked in the inbox, the lead is not
        for (String coSigner : coSigners) {
            assertThat(api.notices(coSigner, "CO_SIGNATURE_REQUESTED", id))
                    .as(coSigner)
                    .isOne();
        }
        assertThat(api.notices("deputy060", "CO_SIGNATURE_REQUESTED", id)).isZero();
        assertThat(process).isNotNull();
        BpmnAwareTests.assertThat(process).isWaitingAt(MotionProcess.TASK_AWAIT_SIGNERS);
        for (String coSigner : coSigners.subList(0, 8)) {
            assertThat(api.coSign(coSigner, id, true).get("status").asText()).isEqualTo("AWAITING_SIGNERS");
        }
        BpmnAwareTests.assertThat(process).isWaitingAt(MotionProcess.TASK_AWAIT_SIGNERS);
        // the ninth co-signer makes ten with the lead
        assertThat(api.coSign(coSigners.get(8), id, true).get("status").asText())
                .isEqualTo("FORM_CHECK");
        BpmnAwareTests.assertThat(process).isWaitingAt(MotionProcess.TASK_CHECK_FORM);
        assertThat(api.status(id)).isEqualTo("FORM_CHECK");

        assertThat(api.review(id, true, null).get("status").asText()).isEqualTo("AWAITING_DECISION");
        BpmnAwareTests.assertThat(process).isWaitingAt(MotionProcess.TASK_DECIDE);

        assertThat(api.notices("deputy060", "DECISION", id)).isZero();
        assertThat(api.decide(id, "PUT_ON_AGENDA", null).get("status").asText()).isEqualTo("ON_AGENDA");
        assertThat(api.notices("deputy060", "DECISION", id)).isOne();
        assertThat(api.notices("deputy061", "DECISION", id)).isZero();
        BpmnAwareTests.assertThat(process)
                .hasPassedInOrder(
                        MotionProcess.TASK_AWAIT_SIGNERS,
                        MotionProcess.TASK_CHECK_FORM,
                        MotionProcess.TASK_DECIDE,
                        MotionProcess.GATEWAY_ON_AGENDA)
                .isWaitingAt(MotionProcess.TASK_RECORD_MEETING);

        JsonNode dossier = api.dossier("deputy061", id);
        assertThat(dossier.get("motion").get("number").asText()).matches("M\\d{4}-\\d{4}");
        assertThat(dossier.get("statusLabel").asText()).isEqualTo("已列入会议议程，待登记审议结果");
        assertThat(dossier.get("acceptedSigners").asInt()).isEqualTo(10);
        assertThat(dossier.get("signers")).hasSize(10);
        assertThat(dossier.get("timeline").findValuesAsText("action"))
                .containsExactly(
                        "SUBMITTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "CO_SIGNATURE_ACCEPTED",
                        "SIGNERS_COMPLETE",
                        "FORM_ACCEPTED",
                        "DECIDED");
    }

    @Test
    void referred_to_a_committee_whose_report_staff_record_by_its_due_date() throws Exception {
        clock.set(shanghai("2026-09-18T10:00"));
        long id = api.signed("deputy070", "关于修改物业管理条例的议案", 71);
        ProcessInstance process = instance(id);
        api.review(id, true, "格式规范");

        api.http
                .post("council1", "/api/motions/" + id + "/decision", Map.of("outcome", "REFER_TO_COMMITTEE"))
                .andExpect(status().isBadRequest());
        assertThat(api.decide(id, "REFER_TO_COMMITTEE", "法制委员会").get("status").asText())
                .isEqualTo("REFERRED");
        assertThat(api.notices("deputy070", "DECISION", id)).isOne();
        BpmnAwareTests.assertThat(process).isWaitingAt(MotionProcess.TASK_RECORD_REPORT);
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(process.getId())
                .singleResult();
        // two calendar months from the decision, due at the end of that day
        assertThat(task.getDueDate()).isEqualTo(Date.from(shanghai("2026-11-19T00:00")));
        assertThat(api.dossier("staff1", id).get("motion").get("reportDue").asText())
                .isEqualTo("2026-11-18");

        api.reportRaw(id, " ", "PUT_ON_AGENDA").andExpect(status().isBadRequest());
        // the committee's report carries its recommendation
        api.reportRaw(id, "法制委员会建议列入明年立法计划", null).andExpect(status().isBadRequest());
        assertThat(api.status(id)).isEqualTo("REFERRED");
        JsonNode reported = api.report(id, "法制委员会建议提请常委会会议审议", "PUT_ON_AGENDA");
        assertThat(reported.get("status").asText()).isEqualTo("COMMITTEE_REPORTED");
        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.TASK_RECORD_REPORT)
                .isWaitingAt(MotionProcess.TASK_SECOND_DECISION);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(process.getId())
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo(MotionProcess.TASK_SECOND_DECISION);
        JsonNode dossier = api.dossier("deputy070", id);
        assertThat(dossier.get("motion").get("committee").asText()).isEqualTo("法制委员会");
        assertThat(dossier.get("motion").get("committeeReport").asText()).isEqualTo("法制委员会建议提请常委会会议审议");
        assertThat(dossier.get("deliberation").get("committeeRecommendation").asText())
                .isEqualTo("PUT_ON_AGENDA");

        // the second decision is the council's, once, on a reported motion
        api.secondDecisionRaw("staff1", id, "PUT_ON_AGENDA").andExpect(status().isForbidden());
        api.secondDecisionRaw("council1", id, null).andExpect(status().isBadRequest());
        clock.set(shanghai("2026-10-20T10:00"));
        assertThat(api.secondDecision(id, "PUT_ON_AGENDA").get("status").asText())
                .isEqualTo("ON_AGENDA");
        api.secondDecisionRaw("council1", id, "NOT_LISTED").andExpect(status().isConflict());
        assertThat(api.notices("deputy070", "DECISION", id)).isEqualTo(2);
        BpmnAwareTests.assertThat(process)
                .hasPassedInOrder(
                        MotionProcess.TASK_RECORD_REPORT,
                        MotionProcess.TASK_SECOND_DECISION,
                        MotionProcess.GATEWAY_SECOND_DECISION,
                        MotionProcess.GATEWAY_ON_AGENDA)
                .isWaitingAt(MotionProcess.TASK_RECORD_MEETING);

        // further study: deliberated, nothing to implement
        clock.set(shanghai("2026-10-30T16:00"));
        assertThat(api.meeting(id, "2026-10-30", "FURTHER_STUDY").get("status").asText())
                .isEqualTo("DELIBERATED");
        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.END_DELIBERATED)
                .hasNotPassed(MotionProcess.TASK_REPORT_IMPLEMENTATION)
                .isEnded();
        JsonNode deliberation = api.dossier("deputy070", id).get("deliberation");
        assertThat(deliberation.get("secondDecision").asText()).isEqualTo("PUT_ON_AGENDA");
        assertThat(deliberation.get("meetingDate").asText()).isEqualTo("2026-10-30");
        assertThat(deliberation.get("meetingNumber").asText()).isEqualTo("市十六届人大常委会第二十次会议");
        assertThat(deliberation.get("meetingOutcome").asText()).isEqualTo("FURTHER_STUDY");
        assertThat(deliberation.has("implementationDue")).isFalse();
        assertThat(api.notices("deputy070", "DECISION", id)).isEqualTo(3);
        assertThat(api.dossier("deputy070", id).get("timeline").findValuesAsText("action"))
                .endsWith("DECIDED", "COMMITTEE_REPORTED", "SECOND_DECIDED", "MEETING_RECORDED");
    }

    @Test
    void not_listed_after_the_committee_report_and_then_converted() throws Exception {
        long id = api.signed("deputy072", "关于修改城市绿化条例的议案", 73);
        ProcessInstance process = instance(id);
        api.review(id, true, null);
        api.decide(id, "REFER_TO_COMMITTEE", "城建环保委员会");
        api.report(id, "城建环保委员会认为条件尚不成熟", "NOT_LISTED");
        assertThat(api.secondDecision(id, "NOT_LISTED").get("status").asText()).isEqualTo("NOT_LISTED");
        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.END_NOT_LISTED_AFTER_REPORT)
                .hasNotPassed(MotionProcess.TASK_RECORD_MEETING)
                .isEnded();
        assertThat(api.dossier("deputy072", id)
                        .get("deliberation")
                        .get("secondDecision")
                        .asText())
                .isEqualTo("NOT_LISTED");
        // a motion not listed after its report goes on as a suggestion like any unlisted motion
        JsonNode conversion = api.http.read(api.http.post("staff1", "/api/motions/" + id + "/conversion", Map.of()));
        assertThat(conversion.get("suggestionId").asLong()).isPositive();
        assertThat(api.status(id)).isEqualTo("CONVERTED");
    }

    @Test
    void adopted_on_the_agenda_owes_an_implementation_report_with_a_reminder_and_an_overdue_alarm() throws Exception {
        clock.set(shanghai("2026-09-18T10:00"));
        long id = api.signed("deputy074", "关于制定养老服务条例的议案", 75);
        ProcessInstance process = instance(id);
        api.review(id, true, null);
        api.decide(id, "PUT_ON_AGENDA", null);
        BpmnAwareTests.assertThat(process).isWaitingAt(MotionProcess.TASK_RECORD_MEETING);

        // the meeting has happened, on or after the decision; it has a date, a name and an outcome
        api.meetingRaw(id, "2026-09-19", "第二十次会议", "ADOPTED_LAW").andExpect(status().isBadRequest());
        api.meetingRaw(id, "2026-09-17", "第二十次会议", "ADOPTED_LAW").andExpect(status().isBadRequest());
        api.meetingRaw(id, "2026-09-18", " ", "ADOPTED_LAW").andExpect(status().isBadRequest());
        api.meetingRaw(id, "2026-09-18", "第二十次会议", null).andExpect(status().isBadRequest());
        api.meetingRaw(id, "2026-09-18", "第二十次会议", "PASSED").andExpect(status().isBadRequest());
        api.http
                .post("council1", "/api/motions/" + id + "/meeting-outcome", Map.of())
                .andExpect(status().isForbidden());
        api.implementationRaw("staff1", id, "已实施").andExpect(status().isConflict());
        assertThat(api.status(id)).isEqualTo("ON_AGENDA");

        JsonNode recorded = api.meeting(id, "2026-09-18", "ADOPTED_LAW");
        assertThat(recorded.get("status").asText()).isEqualTo("IMPLEMENTING");
        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.GATEWAY_MEETING_OUTCOME)
                .isWaitingAt(MotionProcess.TASK_REPORT_IMPLEMENTATION);
        // six calendar months after the meeting, due at the end of that day
        assertThat(api.dossier("staff1", id)
                        .get("deliberation")
                        .get("implementationDue")
                        .asText())
                .isEqualTo("2027-03-18");
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(process.getId())
                .singleResult();
        assertThat(task.getDueDate()).isEqualTo(Date.from(shanghai("2027-03-19T00:00")));
        JsonNode tasks = api.http.read(api.http.get("staff1", "/api/tasks?recordType=MOTION&size=100"));
        assertThat(tasks.get("items").findValuesAsText("taskId")).contains(task.getId());
        for (JsonNode item : tasks.get("items")) {
            if (task.getId().equals(item.path("taskId").asText())) {
                assertThat(item.get("due").asText()).isEqualTo("2027-03-18");
            }
        }

        // 15 calendar days before the due date staff are reminded, once
        clock.set(shanghai("2027-03-02T23:59"));
        assertThat(dueJobs(process)).isEmpty();
        clock.set(shanghai("2027-03-03T00:00"));
        assertThat(dueJobs(process)).hasSize(1);
        executeDueJobs(process);
        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.TIMER_IMPLEMENTATION_REMINDER)
                .hasPassed(MotionProcess.END_IMPLEMENTATION_REMINDED)
                .isWaitingAt(MotionProcess.TASK_REPORT_IMPLEMENTATION);
        assertThat(api.notices("staff1", "REMINDER", id)).isOne();
        assertThat(api.notices("deputy074", "REMINDER", id)).isZero();

        // from the day after the due date it is overdue: a system line in the timeline, staff told
        clock.set(shanghai("2027-03-18T23:59"));
        assertThat(dueJobs(process)).isEmpty();
        clock.set(shanghai("2027-03-19T00:00"));
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        executeDueJobs(process);
        audit.exactlyOne(mark, "motion.implementation-overdue", "motion", id, "system", "SUCCESS");
        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.TIMER_IMPLEMENTATION_OVERDUE)
                .hasPassed(MotionProcess.END_IMPLEMENTATION_ESCALATED)
                .isWaitingAt(MotionProcess.TASK_REPORT_IMPLEMENTATION);
        assertThat(api.notices("staff1", "OVERDUE", id)).isOne();
        assertThat(api.dossier("deputy074", id).get("timeline").findValuesAsText("action"))
                .last()
                .isEqualTo("IMPLEMENTATION_OVERDUE");
        JsonNode stats = api.http.read(api.http.get("staff1", "/api/stats/motions?from=2026-09-18&to=2026-09-18"));
        assertThat(stats.get("implementing").asLong()).isPositive();
        assertThat(stats.get("implementationOverdue").asLong()).isPositive();

        // the report is staff's, with a text
        api.implementationRaw("council1", id, "已实施").andExpect(status().isForbidden());
        api.implementationRaw("staff1", id, " ").andExpect(status().isBadRequest());
        JsonNode done = api.http.read(api.implementationRaw("staff1", id, "条例已于2027年1月1日起施行，配套办法已出台"));
        assertThat(done.get("status").asText()).isEqualTo("IMPLEMENTED");
        BpmnAwareTests.assertThat(process)
                .hasPassedInOrder(
                        MotionProcess.TASK_DECIDE,
                        MotionProcess.TASK_RECORD_MEETING,
                        MotionProcess.TASK_REPORT_IMPLEMENTATION,
                        MotionProcess.END_IMPLEMENTED)
                .isEnded();
        JsonNode deliberation = api.dossier("deputy074", id).get("deliberation");
        assertThat(deliberation.get("meetingOutcome").asText()).isEqualTo("ADOPTED_LAW");
        assertThat(deliberation.get("implementationReport").asText()).isEqualTo("条例已于2027年1月1日起施行，配套办法已出台");
        api.implementationRaw("staff1", id, "再次报告").andExpect(status().isConflict());
    }

    @Test
    void not_listed_and_converted_into_a_suggestion_with_its_text_and_signers() throws Exception {
        long id = api.signed("deputy080", "关于加强农村饮水安全的议案", 81);
        ProcessInstance process = instance(id);
        api.review(id, true, null);
        api.http.post("staff1", "/api/motions/" + id + "/conversion", Map.of()).andExpect(status().isConflict());
        assertThat(api.decide(id, "NOT_LISTED", null).get("status").asText()).isEqualTo("NOT_LISTED");
        assertThat(api.notices("deputy080", "DECISION", id)).isOne();
        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.END_NOT_LISTED)
                .isEnded();

        JsonNode conversion = api.http.read(api.http.post("staff1", "/api/motions/" + id + "/conversion", Map.of()));
        long suggestionId = conversion.get("suggestionId").asLong();
        String suggestionNumber = conversion.get("suggestionNumber").asText();

        JsonNode motion = api.dossier("deputy080", id);
        assertThat(motion.get("motion").get("status").asText()).isEqualTo("CONVERTED");
        assertThat(motion.get("statusLabel").asText()).contains("已转为建议");
        assertThat(motion.get("motion").get("convertedSuggestionId").asLong()).isEqualTo(suggestionId);
        assertThat(motion.get("motion").get("convertedSuggestionNumber").asText())
                .isEqualTo(suggestionNumber);

        JsonNode suggestion = api.http.dossier("deputy085", suggestionId).get("suggestion");
        assertThat(suggestion.get("title").asText()).isEqualTo("关于加强农村饮水安全的议案");
        assertThat(suggestion.get("content").asText())
                .contains("【案由】", "案由：关于加强农村饮水安全的议案", "【案据】", "【方案】", "方案：制定地方性法规");
        assertThat(suggestion.get("submitterDeputyId").asLong()).isEqualTo(api.http.deputyId("deputy080"));
        assertThat(suggestion.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(suggestion.get("sourceMotionId").asLong()).isEqualTo(id);
        List<Map<String, Object>> signers = jdbc.queryForList(
                "SELECT deputy_id, lead, answer FROM suggestion_signer WHERE suggestion_id = ? ORDER BY deputy_id",
                suggestionId);
        assertThat(signers)
                .hasSize(10)
                .allSatisfy(s -> assertThat(s.get("answer")).isEqualTo("ACCEPTED"));
        assertThat(signers)
                .extracting(s -> ((Number) s.get("deputy_id")).longValue())
                .containsExactlyInAnyOrderElementsOf(expectedSigners());
        ProcessInstance suggestionProcess = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(suggestionId))
                .singleResult();
        BpmnAwareTests.assertThat(suggestionProcess).isWaitingAt(SuggestionProcess.TASK_SCREEN);

        api.http
                .post("council1", "/api/motions/" + id + "/conversion", Map.of())
                .andExpect(status().isConflict());
    }

    private List<Long> expectedSigners() {
        List<Long> ids = new java.util.ArrayList<>();
        ids.add(api.http.deputyId("deputy080"));
        MotionApi.nineFrom(81).forEach(login -> ids.add(api.http.deputyId(login)));
        return ids;
    }

    @Test
    void returned_by_the_form_check_with_a_reason() throws Exception {
        long id = api.signed("deputy090", "关于格式不全的议案", 91);
        ProcessInstance process = instance(id);
        api.http
                .post("staff1", "/api/motions/" + id + "/review", Map.of("accept", false))
                .andExpect(status().isBadRequest());
        assertThat(api.review(id, false, "方案部分未列明具体条款").get("status").asText()).isEqualTo("RETURNED");
        BpmnAwareTests.assertThat(process).hasPassed(MotionProcess.END_RETURNED).isEnded();
        assertThat(api.dossier("deputy090", id)
                        .get("motion")
                        .get("reviewComment")
                        .asText())
                .isEqualTo("方案部分未列明具体条款");
    }

    @Test
    void lapses_after_ten_working_days_short_of_signers() throws Exception {
        clock.set(shanghai("2026-09-18T10:00"));
        List<String> coSigners = MotionApi.nineFrom(41);
        long id = api.submit("deputy040", "关于附议不足的议案", coSigners);
        ProcessInstance process = instance(id);
        api.coSign(coSigners.get(0), id, true);
        api.coSign(coSigners.get(1), id, false);
        // Sun 20 Sep works, Fri 25 Sep and 1–7 Oct are holidays: the tenth working day is Fri 9 Oct
        assertThat(api.dossier("staff1", id).get("motion").get("signingDue").asText())
                .isEqualTo("2026-10-09");

        clock.set(shanghai("2026-10-09T23:59"));
        assertThat(dueJobs(process)).isEmpty();
        api.coSign(coSigners.get(2), id, true);
        clock.set(shanghai("2026-10-10T00:00"));
        assertThat(dueJobs(process)).hasSize(1);
        assertThat(api.notices("deputy040", "LAPSED", id)).isZero();
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();
        executeDueJobs(process);
        assertThat(api.notices("deputy040", "LAPSED", id)).isOne();
        // the lapse is the motion's own step: one audit line of the system
        audit.exactlyOne(mark, "motion.lapsed", "motion", id, "system", "SUCCESS");
        assertThat(api.notices(coSigners.get(0), "LAPSED", id)).isZero();

        BpmnAwareTests.assertThat(process)
                .hasPassed(MotionProcess.TIMER_SIGNERS_LAPSE)
                .hasPassed(MotionProcess.END_LAPSED)
                .isEnded();
        assertThat(api.status(id)).isEqualTo("LAPSED");
        JsonNode dossier = api.dossier("deputy040", id);
        assertThat(dossier.get("statusLabel").asText()).contains("已失效");
        assertThat(dossier.get("acceptedSigners").asInt()).isEqualTo(3);
        assertThat(dossier.get("requiredSigners").asInt()).isEqualTo(10);
        assertThat(dossier.get("timeline").findValuesAsText("action")).last().isEqualTo("LAPSED");
        api.http
                .post(coSigners.get(3), "/api/motions/" + id + "/co-signatures", Map.of("accept", true))
                .andExpect(status().isConflict());
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

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private ProcessInstance instance(long motionId) {
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(MotionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(motionId))
                .singleResult();
        assertThat(instance).as("process of motion %d", motionId).isNotNull();
        return COVERAGE.track(instance);
    }
}
