package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionPolicy;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.domain.MotionTask;
import org.deputyflow.shared.DomainException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.tasks.TaskItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy and the services agree: for motions in each state the process reaches, every reader
 * and every action, the policy allows the action exactly when the service accepts it, and a refused
 * attempt raises the policy's refusal (kind and code). Each attempt runs in a transaction that is
 * rolled back, so one motion serves every attempt. A reader who may not read the motion is told it
 * is not found before any policy is asked, so its existence stays hidden.
 */
@DeputyFlowTest
class MotionPolicyAgreementTests {

    private static final String LEAD = "deputy080";
    private static final String ACCEPTED = "deputy081";
    private static final String PENDING = "deputy082";
    private static final List<String> READERS =
            List.of(LEAD, ACCEPTED, PENDING, "deputy095", "staff1", "council1", "admin");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SubmittingMotions submitting;

    @Autowired
    DecidingMotions deciding;

    @Autowired
    MotionFiles files;

    @Autowired
    MotionQueries queries;

    @Autowired
    CalendarService calendar;

    @Autowired
    MotionTasks taskSource;

    @Test
    void the_policy_allows_exactly_what_the_services_accept() throws Exception {
        Map<MotionStatus, Long> motions = motionsInEachState(new MotionApi(mvc, json, jdbc));
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        SoftAssertions softly = new SoftAssertions();
        int accepted = 0;
        for (Map.Entry<MotionStatus, Long> motion : motions.entrySet()) {
            long id = motion.getValue();
            for (String login : READERS) {
                CurrentUser user = (CurrentUser) users.loadUserByUsername(login);
                Permissions<MotionAction> permissions = permissions(user, id);
                for (MotionAction action : MotionAction.values()) {
                    String attempt = "%s on %s by %s".formatted(action, motion.getKey(), login);
                    RuntimeException refused = attempt(rolledBack, action, user, id);
                    if (permissions == null) {
                        softly.assertThat(refused).as(attempt).isInstanceOf(NotFoundException.class);
                    } else if (permissions.allows(action)) {
                        softly.assertThat(refused).as(attempt).isNull();
                        accepted++;
                    } else {
                        Refusal refusal = permissions.refusal(action).orElseThrow();
                        softly.assertThat(refused)
                                .as(attempt)
                                .isExactlyInstanceOf(refusal.exception().getClass());
                        if (refused instanceof DomainException e) {
                            softly.assertThat(e.code()).as(attempt).isEqualTo(refusal.code());
                        }
                    }
                }
            }
        }
        softly.assertAll();
        // each state offered its step to someone, and the attempts left every motion where it was
        assertThat(accepted).isGreaterThanOrEqualTo(MotionAction.values().length);
        motions.forEach((status, id) -> assertThat(MotionStatus.valueOf(
                        jdbc.queryForObject("SELECT status FROM motion WHERE id = ?", String.class, id)))
                .isEqualTo(status));
    }

    /**
     * The task lists select by status in the database, so that they page there; the statuses come from the
     * policy. For every reader, the lists show exactly the motions on which the policy allows the reader a step
     * that waits in a task list: the motion home's list ({@link MotionQueries#tasks}) all of them, the
     * co-signature requests of the common task list ({@link MotionTasks#requests}) the answers.
     */
    @Test
    void the_task_lists_show_exactly_the_motions_the_policy_gives_the_reader_a_task_on() throws Exception {
        Map<MotionStatus, Long> motions = motionsInEachState(new MotionApi(mvc, json, jdbc));
        SoftAssertions softly = new SoftAssertions();
        int listedAnywhere = 0;
        for (String login : READERS) {
            CurrentUser user = (CurrentUser) users.loadUserByUsername(login);
            Set<Long> tasks = new TreeSet<>();
            Set<Long> answers = new TreeSet<>();
            for (long id : motions.values()) {
                Permissions<MotionAction> permissions = permissions(user, id);
                if (permissions != null && MotionPolicy.TASKS.stream().anyMatch(permissions::allows)) {
                    tasks.add(id);
                }
                if (permissions != null && permissions.allows(MotionAction.CO_SIGN)) {
                    answers.add(id);
                }
            }
            Set<Long> listed = homeList(user, motions.values());
            softly.assertThat(listed).as("tasks of %s", login).isEqualTo(tasks);
            if (user.deputyId() != null) {
                softly.assertThat(requests(user.deputyId(), motions.values()))
                        .as("co-signature requests of %s", login)
                        .isEqualTo(answers);
            }
            listedAnywhere += listed.size();
        }
        softly.assertAll();
        // staff, the council and the invited deputy each have something to do
        assertThat(listedAnywhere).isGreaterThanOrEqualTo(MotionPolicy.TASKS.size());
    }

    /** Every page of the reader's motion tasks, narrowed to these motions; none for a reader without the list. */
    private Set<Long> homeList(CurrentUser user, Collection<Long> ids) {
        Set<Long> listed = new TreeSet<>();
        try {
            for (int page = 0; ; page++) {
                Page<MotionTask> tasks = queries.tasks(user, PageRequest.of(page, PageRequest.MAX_SIZE));
                tasks.items().stream().map(MotionTask::id).filter(ids::contains).forEach(listed::add);
                if (page + 1 >= tasks.totalPages()) {
                    return listed;
                }
            }
        } catch (AccessDeniedException e) {
            return listed;
        }
    }

    private Set<Long> requests(long deputyId, Collection<Long> ids) {
        return taskSource.requests(deputyId, 0, PageRequest.MAX_SIZE).stream()
                .map(TaskItem::recordId)
                .filter(ids::contains)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The policy for a reader who may read the motion; null for one who may not. */
    private Permissions<MotionAction> permissions(CurrentUser user, long id) {
        MotionDossier dossier;
        try {
            dossier = queries.dossier(user, id);
        } catch (NotFoundException e) {
            return null;
        }
        Permissions<MotionAction> permissions =
                MotionPolicy.permissions(dossier.motion(), dossier.signers(), MotionAccess.reader(user));
        assertThat(dossier.allowedActions()).isEqualTo(permissions.allowedNames());
        return permissions;
    }

    private RuntimeException attempt(TransactionTemplate rolledBack, MotionAction action, CurrentUser user, long id) {
        try {
            rolledBack.executeWithoutResult(status -> {
                status.setRollbackOnly();
                act(action, user, id);
            });
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** The action with input the service takes, so that only the policy can refuse it. */
    private void act(MotionAction action, CurrentUser user, long id) {
        switch (action) {
            case CHANGE_FILES -> files.lockForFiles(user, id);
            case CO_SIGN -> submitting.answerCoSignature(user, id, true);
            case REVIEW_FORM -> deciding.review(user, id, false, "不符合议案格式");
            case DECIDE -> deciding.decide(user, id, DecisionOutcome.REFER_TO_COMMITTEE, "法制委员会", null, null);
            case RECORD_REPORT -> deciding.recordReport(user, id, "审议报告", AgendaDecision.PUT_ON_AGENDA);
            case DECIDE_AFTER_REPORT -> deciding.decideAfterReport(user, id, AgendaDecision.NOT_LISTED, null, null);
            case RECORD_MEETING ->
                deciding.recordMeeting(user, id, calendar.today(), "第一次会议", MeetingOutcome.ADOPTED_LAW, null, null);
            case REPORT_IMPLEMENTATION -> deciding.reportImplementation(user, id, "实施情况");
            case CONVERT -> deciding.convert(user, id);
        }
    }

    /** One motion of {@link #LEAD}'s in each state, driven there through the API as people would. */
    private Map<MotionStatus, Long> motionsInEachState(MotionApi api) throws Exception {
        Map<MotionStatus, Long> motions = new LinkedHashMap<>();
        long awaiting = api.submit(LEAD, "议案：征集附议", MotionApi.nineFrom(81));
        api.coSign(ACCEPTED, awaiting, true);
        motions.put(MotionStatus.AWAITING_SIGNERS, awaiting);
        motions.put(MotionStatus.FORM_CHECK, signed(api, "议案：格式审查"));
        long returned = signed(api, "议案：退回");
        api.review(returned, false, "不符合议案格式");
        motions.put(MotionStatus.RETURNED, returned);
        motions.put(MotionStatus.AWAITING_DECISION, reviewed(api, "议案：待决定"));
        long referred = reviewed(api, "议案：交专门委员会");
        api.decide(referred, "REFER_TO_COMMITTEE", "法制委员会");
        motions.put(MotionStatus.REFERRED, referred);
        long reported = reviewed(api, "议案：已提出审议报告");
        api.decide(reported, "REFER_TO_COMMITTEE", "法制委员会");
        api.report(reported, "审议报告", "PUT_ON_AGENDA");
        motions.put(MotionStatus.COMMITTEE_REPORTED, reported);
        long onAgenda = reviewed(api, "议案：列入议程");
        api.decide(onAgenda, "PUT_ON_AGENDA", null);
        motions.put(MotionStatus.ON_AGENDA, onAgenda);
        long implementing = reviewed(api, "议案：实施");
        api.decide(implementing, "PUT_ON_AGENDA", null);
        api.meeting(implementing, calendar.today().toString(), "ADOPTED_LAW");
        motions.put(MotionStatus.IMPLEMENTING, implementing);
        long deliberated = reviewed(api, "议案：继续研究");
        api.decide(deliberated, "PUT_ON_AGENDA", null);
        api.meeting(deliberated, calendar.today().toString(), "FURTHER_STUDY");
        motions.put(MotionStatus.DELIBERATED, deliberated);
        long notListed = reviewed(api, "议案：不列入议程");
        api.decide(notListed, "NOT_LISTED", null);
        motions.put(MotionStatus.NOT_LISTED, notListed);
        long converted = reviewed(api, "议案：转为建议");
        api.decide(converted, "NOT_LISTED", null);
        api.http.read(api.http.post("staff1", "/api/motions/" + converted + "/conversion", Map.of()));
        motions.put(MotionStatus.CONVERTED, converted);
        motions.forEach((status, id) -> assertThat(api.status(id)).as("%s", id).isEqualTo(status.name()));
        return motions;
    }

    private static long signed(MotionApi api, String title) throws Exception {
        return api.signed(LEAD, title, 81);
    }

    private static long reviewed(MotionApi api, String title) throws Exception {
        long id = signed(api, title);
        api.review(id, true, null);
        return id;
    }
}
