package org.deputyflow.vote.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.ProcessCoverageGate;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.meeting.TestMeetings;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.vote.CastingBallots;
import org.deputyflow.vote.CountingVotes;
import org.deputyflow.vote.OpeningVotes;
import org.deputyflow.vote.RectifyingDepartments;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.VoteScenario;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Consequence;
import org.deputyflow.vote.domain.InquiryFlag;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteDetails;
import org.deputyflow.vote.domain.VoteResult;
import org.deputyflow.vote.domain.VoteStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/** One test per path through {@code satisfaction-vote}, driven through the vote service as the API drives it. */
@DeputyFlowTest
@TestExecutionListeners(
        value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class VoteProcessTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate NEXT_MEETING = VoteScenario.MEETING.plusMonths(2);

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    VoteQueries votes;

    @Autowired
    OpeningVotes opening;

    @Autowired
    CastingBallots casting;

    @Autowired
    CountingVotes counting;

    @Autowired
    RectifyingDepartments rectifying;

    @Autowired
    DirectoryService directory;

    @Autowired
    ApplicationContext context;

    VoteScenario scenario;
    CurrentUser staff;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        scenario = new VoteScenario(opening, casting, counting, votes, directory);
        staff = scenario.user("staff1");
    }

    static final ProcessCoverageGate COVERAGE = new ProcessCoverageGate(VoteProcess.KEY);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void everyPathIsCovered(@Autowired ProcessEngine engine) {
        COVERAGE.assertCovered(engine);
    }

    @Test
    void a_satisfied_vote_ends_when_it_is_counted() {
        long id = scenario.create("对市交通运输局工作的满意度测评", "dept01");
        ProcessInstance instance = instanceOf(id);
        assertThat(instance).isWaitingAt(VoteProcess.Elements.OPEN_VOTE).task().hasCandidateGroup("STAFF");
        assertThat(instance)
                .variables()
                .containsEntry(VoteProcess.Variables.VOTE_ID, id)
                .containsEntry(VoteProcess.Variables.DEPARTMENT_CODE, "dept01");

        scenario.attend(id, scenario.electorateSize(id));
        opening.open(id, scenario.staff());
        assertThat(instance).isWaitingAt(VoteProcess.Elements.CLOSE_VOTE).task().hasCandidateGroup("STAFF");

        scenario.cast(id, new Tally(scenario.electorateSize(id), 0, 0, 0));
        VoteResult result = counting.close(id, scenario.staff());

        assertThat(result.decision().outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.consequence()).isEqualTo(Consequence.NONE);
        assertThat(instance)
                .hasPassedInOrder(
                        VoteProcess.Elements.START,
                        VoteProcess.Elements.OPEN_VOTE,
                        VoteProcess.Elements.CLOSE_VOTE,
                        VoteProcess.Elements.OUTCOME,
                        VoteProcess.Elements.SATISFIED)
                .hasNotPassed(VoteProcess.Elements.RECTIFICATION_DUE)
                .isEnded();
        assertThat(instance).variables().containsEntry(VoteProcess.Variables.OUTCOME, "SATISFIED");
    }

    @Test
    void basically_satisfied_owes_a_report_that_staff_may_return_before_they_accept_it() {
        long id = scenario.create("对市教育局工作的满意度测评", "dept02");
        ProcessInstance instance = instanceOf(id);

        scenario.runUnanimous(id, Choice.BASICALLY_SATISFIED);

        assertThat(instance)
                .hasPassed(VoteProcess.Elements.OUTCOME)
                .isWaitingAt(VoteProcess.Elements.SUBMIT_REPORT)
                .task()
                .hasCandidateGroup("dept02");
        LocalDate due = dueDate(id);
        assertThat(task(instance).getDueDate())
                .isEqualTo(Date.from(due.plusDays(1).atStartOfDay(ZONE).toInstant()));
        assertThat(votes.rectification(id, staff).followUpRequired()).isFalse();

        CurrentUser leader = scenario.user("dept02-leader");
        rectifying.submitReport(id, leader, "市教育局整改情况报告", "已完成整改。");
        assertThat(instance)
                .isWaitingAt(VoteProcess.Elements.REVIEW_REPORT)
                .task()
                .hasCandidateGroup("STAFF");

        rectifying.reviewReport(id, staff, false, "请补充整改时间表", null);
        assertThat(instance).isWaitingAt(VoteProcess.Elements.SUBMIT_REPORT);
        assertThat(votes.rectification(id, staff).status()).isEqualTo(RectificationStatus.DUE);

        rectifying.submitReport(id, leader, "市教育局整改情况报告（修改稿）", "已完成整改，时间表见附件。");
        rectifying.reviewReport(id, staff, true, "同意", null);

        assertThat(instance)
                .hasPassedInOrder(
                        VoteProcess.Elements.RECTIFICATION_DUE,
                        VoteProcess.Elements.SUBMIT_REPORT,
                        VoteProcess.Elements.REVIEW_REPORT,
                        VoteProcess.Elements.REPORT_ACCEPTED,
                        VoteProcess.Elements.FOLLOW_UP_REQUIRED,
                        VoteProcess.Elements.RECTIFICATION_ACCEPTED)
                .hasNotPassed(VoteProcess.Elements.CREATE_FOLLOW_UP)
                .isEnded();
        assertThat(votes.rectification(id, staff).status()).isEqualTo(RectificationStatus.ACCEPTED);
        assertThat(votes.reports(id, staff, PageRequest.of(0, 10)).items()).hasSize(2);
        assertThat(votes.details(id, staff).followUpVoteId()).isNull();
    }

    @Test
    void unsatisfied_means_rectify_report_and_a_new_vote_at_the_next_meeting_linked_to_the_first() {
        long first = scenario.create("对市公安局工作的满意度测评", "dept06");
        ProcessInstance instance = instanceOf(first);

        VoteResult result = scenario.runUnanimous(first, Choice.UNSATISFIED);
        assertThat(result.consequence()).isEqualTo(Consequence.RECTIFY_AND_VOTE_AGAIN);
        assertThat(instance)
                .hasPassedInOrder(
                        VoteProcess.Elements.OUTCOME,
                        VoteProcess.Elements.REPEATED_UNSATISFIED,
                        VoteProcess.Elements.RECTIFICATION_DUE)
                .isWaitingAt(VoteProcess.Elements.SUBMIT_REPORT)
                .task()
                .hasCandidateGroup("dept06");
        assertThat(votes.rectification(first, staff).followUpRequired()).isTrue();

        rectifying.submitReport(first, scenario.user("dept06-leader"), "市公安局整改情况报告", "整改措施已落实。");
        rectifying.reviewReport(first, staff, true, null, TestMeetings.standingCommittee(jdbc, NEXT_MEETING));

        assertThat(instance)
                .hasPassedInOrder(
                        VoteProcess.Elements.REVIEW_REPORT,
                        VoteProcess.Elements.REPORT_ACCEPTED,
                        VoteProcess.Elements.FOLLOW_UP_REQUIRED,
                        VoteProcess.Elements.CREATE_FOLLOW_UP,
                        VoteProcess.Elements.FOLLOW_UP_CREATED)
                .hasNotPassed(VoteProcess.Elements.FLAG_FOR_INQUIRY)
                .isEnded();
        VoteDetails details = votes.details(first, staff);
        assertThat(details.followUpVoteId()).isNotNull();
        Vote second = votes.details(details.followUpVoteId(), staff).vote();
        assertThat(second.previousVoteId()).isEqualTo(first);
        assertThat(second.round()).isEqualTo(2);
        assertThat(second.departmentId()).isEqualTo(details.vote().departmentId());
        assertThat(second.meetingDate()).isEqualTo(NEXT_MEETING);
        assertThat(second.reportTitle()).isEqualTo("市公安局整改情况报告");
        assertThat(second.title()).startsWith(details.vote().title()).endsWith("（再次测评）");
        assertThat(instanceOf(second.id())).isWaitingAt(VoteProcess.Elements.OPEN_VOTE);
    }

    @Test
    void a_second_unsatisfied_in_a_row_flags_the_department_for_a_formal_inquiry() {
        long second = followUpOfAnUnsatisfiedVote("对市民政局工作的满意度测评", "dept07");
        ProcessInstance instance = instanceOf(second);

        VoteResult result = scenario.run(second, new Tally(3, 10, 20, 2));

        assertThat(result.decision().outcome()).isEqualTo(Outcome.UNSATISFIED);
        assertThat(result.consequence()).isEqualTo(Consequence.FORMAL_INQUIRY);
        assertThat(instance)
                .hasPassedInOrder(
                        VoteProcess.Elements.CLOSE_VOTE,
                        VoteProcess.Elements.OUTCOME,
                        VoteProcess.Elements.REPEATED_UNSATISFIED,
                        VoteProcess.Elements.FLAG_FOR_INQUIRY,
                        VoteProcess.Elements.INQUIRY_FLAGGED)
                .hasNotPassed(VoteProcess.Elements.SUBMIT_REPORT)
                .isEnded();
        long department = directory.departmentByCode("dept07").orElseThrow().id();
        InquiryFlag flag =
                votes.inquiries(department, PageRequest.of(0, 10)).items().get(0);
        assertThat(flag.voteId()).isEqualTo(second);
        assertThat(flag.firstVoteId())
                .isEqualTo(votes.details(second, staff).vote().previousVoteId());

        // the delegate may run again (jobs are at-least-once): the flag is raised once
        rectifying.flagForInquiry(second);
        assertThat(votes.inquiries(department, PageRequest.of(0, 10)).total()).isEqualTo(1);
    }

    @Test
    void a_repeat_vote_that_is_basically_satisfied_owes_a_report_and_no_third_vote() {
        long second = followUpOfAnUnsatisfiedVote("对市司法局工作的满意度测评", "dept08");
        ProcessInstance instance = instanceOf(second);

        VoteResult result = scenario.runUnanimous(second, Choice.BASICALLY_SATISFIED);
        assertThat(result.consequence()).isEqualTo(Consequence.RECTIFICATION_REPORT);
        rectifying.submitReport(second, scenario.user("dept08-leader"), "市司法局第二次整改情况报告", "已完成。");
        rectifying.reviewReport(second, staff, true, null, null);

        assertThat(instance)
                .hasPassed(VoteProcess.Elements.RECTIFICATION_ACCEPTED)
                .hasNotPassed(VoteProcess.Elements.REPEATED_UNSATISFIED, VoteProcess.Elements.CREATE_FOLLOW_UP)
                .isEnded();
        assertThat(votes.details(second, staff).followUpVoteId()).isNull();
    }

    @Test
    void an_overdue_rectification_report_is_marked_when_its_due_date_has_passed_and_stays_owed() {
        long id = scenario.create("对市财政局工作的满意度测评", "dept09");
        ProcessInstance instance = instanceOf(id);
        scenario.runUnanimous(id, Choice.BASICALLY_SATISFIED);
        LocalDate due = dueDate(id);
        Instant overdueFrom = due.plusDays(1).atStartOfDay(ZONE).toInstant();

        Job timer = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(overdueFrom));
        ClockUtil.setCurrentTime(Date.from(overdueFrom.minusSeconds(60)));
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .executable()
                        .count())
                .isZero();

        ClockUtil.setCurrentTime(Date.from(overdueFrom.plusSeconds(60)));
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .executable()
                        .count())
                .isOne();
        AuditLines audit = new AuditLines(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class));
        long mark = audit.mark();
        management.executeJob(timer.getId());
        // marked by the timer: one audit line without an actor
        audit.exactlyOne(mark, "vote.rectification-overdue", "vote", id, null, "SUCCESS");

        assertThat(instance)
                .hasPassedInOrder(
                        VoteProcess.Elements.REPORT_OVERDUE,
                        VoteProcess.Elements.MARK_OVERDUE,
                        VoteProcess.Elements.OVERDUE_MARKED)
                .isWaitingAt(VoteProcess.Elements.SUBMIT_REPORT);
        Rectification rectification = votes.rectification(id, staff);
        assertThat(rectification.overdue()).isTrue();
        assertThat(rectification.status()).isEqualTo(RectificationStatus.DUE);
    }

    @Test
    void a_vote_and_its_process_move_together_or_not_at_all() {
        long id = scenario.create("对市人力资源和社会保障局工作的满意度测评", "dept10");
        scenario.attend(id, scenario.electorateSize(id));
        runtime.deleteProcessInstance(instanceOf(id).getId(), "the engine has no step to take");

        assertThatThrownBy(() -> opening.open(id, scenario.staff()))
                .isInstanceOf(ConflictException.class)
                .extracting("code")
                .isEqualTo("error.vote.step.openVote");

        Vote vote = votes.details(id, staff).vote();
        assertThat(vote.status()).isEqualTo(VoteStatus.PREPARING);
        assertThat(vote.openedAt()).isNull();
        assertThat(vote.presentCount()).isNull();
    }

    @Test
    void the_process_file_has_every_element_and_delegate_the_code_names() throws IllegalAccessException {
        var definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(VoteProcess.KEY)
                .latestVersion()
                .singleResult();
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        for (var field : VoteProcess.Elements.class.getFields()) {
            assertThat((Object) model.getModelElementById((String) field.get(null)))
                    .as(field.getName())
                    .isNotNull();
        }
        for (var field : VoteProcess.Delegates.class.getFields()) {
            assertThat(context.containsBean((String) field.get(null)))
                    .as(field.getName())
                    .isTrue();
        }
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
    }

    /** A round-2 vote, set up the way the process sets it up after an unsatisfied first round. */
    private long followUpOfAnUnsatisfiedVote(String title, String departmentCode) {
        long first = scenario.create(title, departmentCode);
        scenario.runUnanimous(first, Choice.UNSATISFIED);
        rectifying.submitReport(first, scenario.user(departmentCode + "-leader"), "整改情况报告", "已整改。");
        rectifying.reviewReport(first, staff, true, null, TestMeetings.standingCommittee(jdbc, NEXT_MEETING));
        return votes.details(first, staff).followUpVoteId();
    }

    private LocalDate dueDate(long id) {
        return votes.rectification(id, staff).dueDate();
    }

    private ProcessInstance instanceOf(long voteId) {
        return COVERAGE.track(runtime.createProcessInstanceQuery()
                .processDefinitionKey(VoteProcess.KEY)
                .processInstanceBusinessKey(Long.toString(voteId))
                .singleResult());
    }
}
