package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.DomainException;
import org.deputyflow.shared.ForbiddenException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.EvaluationInput;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ReplyDraft;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionDraft;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy and the services agree: for every department action and every reader of the departments
 * assigned, and for staff's status-bound decisions also staff, in each state a suggestion passes through, the policy allows the action exactly when the
 * service accepts it, and a refused attempt raises the policy's refusal. Each attempt runs in a
 * transaction that is rolled back, so the attempts do not affect each other.
 */
@DeputyFlowTest
class SuggestionPolicyAgreementTests {

    static final String LEAD = "dept12";
    static final String CO = "dept13";
    static final List<String> READERS =
            List.of(LEAD + "-handler", LEAD + "-handler2", LEAD + "-leader", CO + "-handler", CO + "-leader");
    static final String STAFF = "staff1";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SuggestionQueries queries;

    @Autowired
    DepartmentHandling handling;

    @Autowired
    ExtendingDeadlines extending;

    @Autowired
    ExplainingFollowUps explaining;

    @Autowired
    ScreeningSuggestions screening;

    @Autowired
    DecidingDisputes disputes;

    @Autowired
    EvaluatingReplies evaluating;

    @Autowired
    SubmittingSuggestions submitting;

    @Autowired
    ConfirmingDeliveries deliveries;

    @Autowired
    UrgingDepartments urging;

    @Autowired
    WaivingOpinions waiving;

    @Autowired
    MergingSuggestions merging;

    @Autowired
    TestClock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    SuggestionApi api;
    /** A suggestion just submitted by another deputy, open for others to be merged into. */
    long mergeTarget;

    final Map<SuggestionAction, BiConsumer<CurrentUser, Long>> attempts = new EnumMap<>(SuggestionAction.class);
    /** Staff's decisions, attempted by staff and by the departments (who see the suggestion once assigned). */
    final Map<SuggestionAction, BiConsumer<CurrentUser, Long>> staffAttempts = new EnumMap<>(SuggestionAction.class);

    /**
     * The deputies' actions and staff's decisions on a suggestion in handling, attempted by its signers, another
     * deputy, staff and a department's handler.
     */
    final Map<SuggestionAction, BiConsumer<CurrentUser, Long>> signerAttempts = new EnumMap<>(SuggestionAction.class);

    final List<String> disagreements = new ArrayList<>();
    final List<String> accepted = new ArrayList<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void setUp() throws Exception {
        api = new SuggestionApi(mvc, json, jdbc);
        attempts.put(SuggestionAction.CLAIM, (user, id) -> handling.claim(user, id));
        attempts.put(SuggestionAction.UNCLAIM, (user, id) -> handling.unclaim(user, id));
        attempts.put(SuggestionAction.DISPUTE, (user, id) -> handling.dispute(user, id, "不属于本单位职责"));
        attempts.put(
                SuggestionAction.LOG_CONTACT,
                (user, id) -> handling.logContact(
                        user, id, ContactMethod.PHONE, Instant.parse("2025-12-01T02:00:00Z"), "电话联系代表"));
        attempts.put(SuggestionAction.SUBMIT_OPINION, (user, id) -> handling.submitOpinion(user, id, "协办意见"));
        attempts.put(
                SuggestionAction.SUBMIT_REPLY,
                (user, id) -> handling.submitReply(
                        user,
                        id,
                        new ReplyDraft(ResultClass.B, "答复内容", LocalDate.now().plusMonths(6), true, null)));
        attempts.put(SuggestionAction.SIGN_OFF, (user, id) -> handling.signOff(user, id, true, null));
        attempts.put(SuggestionAction.REPORT_FOLLOW_UP, (user, id) -> handling.reportFollowUp(user, id, "落实进展", false));
        attempts.put(SuggestionAction.REQUEST_EXTENSION, (user, id) -> extending.request(user, id, 1, "需要更多时间"));
        attempts.put(SuggestionAction.EXPLAIN, (user, id) -> explaining.explain(user, id, "年底未落实的说明"));
        staffAttempts.put(
                SuggestionAction.SCREEN, (user, id) -> screening.screen(user, id, ScreeningOutcome.ACCEPT, null, null));
        mergeTarget = api.submit("deputy042", "社区养老服务网点建设");
        staffAttempts.put(SuggestionAction.MERGE, (user, id) -> merging.merge(user, id, mergeTarget));
        staffAttempts.put(
                SuggestionAction.ASSIGN,
                (user, id) -> screening.assign(user, id, List.of(api.departmentId("dept14")), List.of()));
        staffAttempts.put(
                SuggestionAction.DECIDE_REHANDLING, (user, id) -> evaluating.decideRehandling(user, id, false, null));
        staffAttempts.put(SuggestionAction.CLOSE_NOT_EVALUATED, (user, id) -> evaluating.closeNotEvaluated(user, id));
        signerAttempts.put(
                SuggestionAction.ANSWER_CO_SIGNATURE, (user, id) -> submitting.answerCoSignature(user, id, true));
        signerAttempts.put(SuggestionAction.AGREE_WITHDRAWAL, (user, id) -> submitting.withdraw(user, id));
        signerAttempts.put(SuggestionAction.REVISE, (user, id) -> submitting.revise(user, id, revised()));
        signerAttempts.put(
                SuggestionAction.EVALUATE,
                (user, id) -> evaluating.evaluate(
                        user, id, null, new EvaluationInput(Rating.SATISFIED, Rating.SATISFIED, null, null)));
        signerAttempts.put(
                SuggestionAction.ANSWER_DELIVERY, (user, id) -> deliveries.answer(user, id, null, true, null));
        signerAttempts.put(SuggestionAction.URGE, (user, id) -> urging.urge(user, id, null, "请加快办理"));
        // refusing is a decision open as long as the request is; approving also needs the reply not given yet
        signerAttempts.put(
                SuggestionAction.APPROVE_EXTENSION,
                (user, id) -> extending.decide(user, id, openExtension(id), true, null));
        signerAttempts.put(
                SuggestionAction.REFUSE_EXTENSION,
                (user, id) -> extending.decide(user, id, openExtension(id), false, null));
        signerAttempts.put(
                SuggestionAction.REVIEW_EXPLANATION, (user, id) -> explaining.review(user, id, null, true, null));
        signerAttempts.put(
                SuggestionAction.CONFIRM_DELIVERY, (user, id) -> deliveries.confirmForDeputy(user, id, null, null));
        signerAttempts.put(
                SuggestionAction.WAIVE_OPINION,
                (user, id) -> waiving.waive(user, id, api.departmentId(CO), "协办意见超期未交"));
        signerAttempts.put(
                SuggestionAction.DECIDE_DISPUTE,
                (user, id) -> disputes.decideDispute(user, id, true, null, List.of(), List.of()));
    }

    @Test
    void the_policy_allows_a_deputy_action_or_a_staff_decision_exactly_when_the_service_accepts_it() throws Exception {
        long id = api.submit("deputy040", "完善社区养老服务网点布局", api.deputyId("deputy041"));
        agreeOnSigners("awaiting co-signers", id);

        api.read(api.post("deputy041", "/api/suggestions/" + id + "/co-signatures", Map.of("accept", true)));
        api.read(api.post(
                STAFF, "/api/suggestions/" + id + "/screening", Map.of("outcome", "RETURN", "reason", "请补充具体网点")));
        agreeOnSigners("returned", id);

        submitting.revise(user("deputy040"), id, revised());
        agreeOnSigners("revised", id);

        api.accept(id);
        api.assign(id, List.of(LEAD), List.of(CO));
        agreeOnSigners("assigned", id);

        api.read(api.post(
                LEAD + "-leader",
                "/api/suggestions/" + id + "/extension-requests",
                Map.of("months", 1, "reason", "需要协调")));
        jdbc.update(
                "update assignment set opinion_due = ? where suggestion_id = ? and role = 'CO'",
                LocalDate.now().minusDays(2),
                id);
        agreeOnSigners("extension asked, opinion overdue", id);

        api.opinion(CO, id);
        api.handleAndReply(LEAD, id, "B");
        agreeOnSigners("replied", id);

        api.read(api.evaluate("deputy040", id, "SATISFIED", "SATISFIED", null));
        agreeOnSigners("following up", id);

        api.read(api.post(
                LEAD + "-handler",
                "/api/suggestions/" + id + "/follow-ups",
                Map.of("content", "已落实", "delivered", true)));
        agreeOnSigners("delivery reported", id);

        long disputed = api.submit("deputy041", "增设社区食堂");
        api.accept(disputed);
        api.assign(disputed, List.of(LEAD), List.of(CO));
        agreeOnSigners("assigned, no dispute", disputed);
        api.read(api.post(CO + "-handler", "/api/suggestions/" + disputed + "/disputes", Map.of("reason", "不属于本单位职责")));
        agreeOnSigners("disputed", disputed);

        assertThat(disagreements).isEmpty();
        assertThat(accepted)
                .contains(
                        "awaiting co-signers, deputy041, ANSWER_CO_SIGNATURE",
                        "awaiting co-signers, deputy040, AGREE_WITHDRAWAL",
                        "returned, deputy040, REVISE",
                        "returned, deputy041, AGREE_WITHDRAWAL",
                        "assigned, staff1, URGE",
                        "extension asked, opinion overdue, staff1, APPROVE_EXTENSION",
                        "extension asked, opinion overdue, staff1, REFUSE_EXTENSION",
                        "replied, staff1, REFUSE_EXTENSION",
                        "extension asked, opinion overdue, staff1, WAIVE_OPINION",
                        "replied, deputy040, EVALUATE",
                        "delivery reported, deputy040, ANSWER_DELIVERY",
                        "disputed, staff1, DECIDE_DISPUTE")
                .doesNotContain("replied, staff1, APPROVE_EXTENSION");
    }

    @Test
    void the_policy_allows_staffs_follow_up_decisions_exactly_when_the_service_accepts_them() throws Exception {
        clock.set(LocalDateTime.parse("2026-11-02T09:00").atZone(SHANGHAI).toInstant());
        long delivered = followedUp("推进老旧小区雨污分流改造");
        long explained = followedUp("加快背街小巷路灯修缮");
        agreeOnSigners("following up", delivered);

        api.read(api.post(
                LEAD + "-handler",
                "/api/suggestions/" + delivered + "/follow-ups",
                Map.of("content", "已落实", "delivered", true)));
        agreeOnSigners("delivery reported", delivered);
        // the deputy's 20 working days to confirm are over: staff may confirm in the deputy's stead
        clock.set(LocalDateTime.parse("2026-12-10T09:00").atZone(SHANGHAI).toInstant());
        agreeOnSigners("delivery lapsed", delivered);

        clock.set(LocalDateTime.parse("2026-12-15T00:00").atZone(SHANGHAI).toInstant());
        executeDueJobs(explained);
        agreeOnSigners("explanation owed", explained);
        agree("explanation owed", explained);
        explaining.explain(user(LEAD + "-handler"), explained, "资金明年到位");
        agreeOnSigners("explanation awaiting review", explained);

        assertThat(disagreements).isEmpty();
        assertThat(accepted)
                .contains(
                        "delivery reported, deputy040, ANSWER_DELIVERY",
                        "delivery lapsed, staff1, CONFIRM_DELIVERY",
                        "delivery lapsed, deputy040, ANSWER_DELIVERY",
                        "explanation awaiting review, staff1, REVIEW_EXPLANATION",
                        "explanation owed, dept12-handler, EXPLAIN")
                .doesNotContain(
                        "delivery reported, staff1, CONFIRM_DELIVERY", "explanation owed, staff1, REVIEW_EXPLANATION");
    }

    /** A suggestion of deputy040 whose lead unit alone replied B, evaluated, and now following up. */
    private long followedUp(String title) throws Exception {
        long id = api.submit("deputy040", title);
        api.accept(id);
        api.assign(id, List.of(LEAD), List.of());
        api.handleAndReply(LEAD, id, "B");
        api.read(api.evaluate("deputy040", id, "SATISFIED", "SATISFIED", null));
        return id;
    }

    private void executeDueJobs(long id) {
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult()
                .getId();
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance)
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private void agreeOnSigners(String state, long id) {
        agree(state, id, List.of("deputy040", "deputy041", "deputy042", STAFF, LEAD + "-handler"), signerAttempts);
    }

    private CurrentUser user(String login) {
        return (CurrentUser) users.loadUserByUsername(login);
    }

    private static SuggestionDraft revised() {
        return new SuggestionDraft("完善社区养老服务网点布局", "补充：在三个街道增设养老服务网点。", "民政", Period.RECESS, false, false);
    }

    /** The suggestion's open extension request, or none (the decision is then refused before it is looked up). */
    private long openExtension(long id) {
        Long open = jdbc.queryForObject(
                "select max(e.id) from extension_request e join assignment a on a.id = e.assignment_id"
                        + " where a.suggestion_id = ? and e.approved is null",
                Long.class,
                id);
        return open == null ? 0L : open;
    }

    @Test
    void the_policy_allows_a_department_action_exactly_when_the_service_accepts_it() throws Exception {
        long id = api.submit("deputy040", "规范老旧小区加装电梯审批");
        agree("submitted", id, List.of(STAFF), staffAttempts);
        api.accept(id);
        agree("accepted", id, List.of(STAFF), staffAttempts);
        api.assign(id, List.of(LEAD), List.of(CO));
        agree("assigned", id);

        api.claim(LEAD + "-handler", id);
        api.contact(LEAD + "-handler", id);
        agree("claimed and contacted", id);

        api.opinion(CO, id);
        agree("opinion given", id);

        api.read(api.post(
                LEAD + "-leader",
                "/api/suggestions/" + id + "/extension-requests",
                Map.of("months", 1, "reason", "需要协调")));
        agree("extension asked", id);

        api.read(api.reply(LEAD + "-handler", id, "B"));
        agree("awaiting sign-off", id);

        api.signOff(LEAD + "-leader", id, true);
        agree("replied", id);

        api.read(api.evaluate("deputy040", id, "SATISFIED", "SATISFIED", null));
        agree("following up", id);

        long disputed = api.submit("deputy041", "增设公交夜班线路");
        api.accept(disputed);
        api.assign(disputed, List.of(LEAD), List.of(CO));
        api.read(api.post(CO + "-handler", "/api/suggestions/" + disputed + "/disputes", Map.of("reason", "不属于本单位职责")));
        agree("disputed", disputed);

        assertThat(disagreements).isEmpty();
        // the states reach every action at least once, so the agreement is not only on refusals
        assertThat(accepted)
                .contains(
                        "assigned, dept12-handler, CLAIM",
                        "assigned, dept13-handler, DISPUTE",
                        "claimed and contacted, dept12-handler, UNCLAIM",
                        "claimed and contacted, dept13-handler, SUBMIT_OPINION",
                        "claimed and contacted, dept12-handler2, LOG_CONTACT",
                        "opinion given, dept12-handler, SUBMIT_REPLY",
                        "opinion given, dept12-leader, REQUEST_EXTENSION",
                        "awaiting sign-off, dept12-leader, SIGN_OFF",
                        "following up, dept12-handler2, REPORT_FOLLOW_UP",
                        "submitted, staff1, SCREEN",
                        "submitted, staff1, MERGE",
                        "accepted, staff1, MERGE",
                        "accepted, staff1, ASSIGN");
    }

    private void agree(String state, long id) {
        agree(state, id, READERS, attempts);
        List<String> staffAndDepartments = new ArrayList<>(READERS);
        staffAndDepartments.add(STAFF);
        agree(state, id, staffAndDepartments, staffAttempts);
    }

    private void agree(
            String state, long id, List<String> readers, Map<SuggestionAction, BiConsumer<CurrentUser, Long>> tried) {
        for (String login : readers) {
            CurrentUser user = user(login);
            // a reader who does not see the suggestion is told it is not found, by the policy's query and the service
            Permissions<SuggestionAction> permissions = visible(user, id);
            tried.forEach((action, attempt) -> {
                DomainException refused = attemptRolledBack(attempt, user, id);
                Refusal refusal =
                        permissions == null ? null : permissions.refusal(action).orElse(null);
                String said = permissions == null
                        ? "404"
                        : refusal == null ? "allowed" : kind(refusal.kind() == Refusal.Kind.FORBIDDEN, refusal.code());
                String done = refused == null
                        ? "allowed"
                        : refused instanceof NotFoundException
                                ? "404"
                                : kind(refused instanceof ForbiddenException, refused.code());
                if (refused == null) {
                    accepted.add(state + ", " + login + ", " + action);
                }
                if (!said.equals(done)) {
                    disagreements.add(state + ", " + login + ", " + action + ": policy " + said + ", service " + done);
                }
            });
        }
    }

    private Permissions<SuggestionAction> visible(CurrentUser user, long id) {
        try {
            return queries.permissions(user, id);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private DomainException attemptRolledBack(BiConsumer<CurrentUser, Long> attempt, CurrentUser user, long id) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                attempt.accept(user, id);
                return null;
            } catch (DomainException e) {
                return e;
            }
        });
    }

    private static String kind(boolean forbidden, String code) {
        return (forbidden ? "403 " : "409 ") + code;
    }
}
