package org.deputyflow.suggestion;

import java.util.List;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.FollowUpExplanation;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.process.OpenStep;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A follow-up still open at the year end (年底未落实): the department explains in writing why and what comes
 * next; staff accept the explanation, and the follow-up runs on, or send it back for a better one.
 */
@Service
@Transactional
public class ExplainingFollowUps {

    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final SuggestionReads reads;
    private final FollowUpClocks clocks;
    private final SuggestionPolicies policies;

    ExplainingFollowUps(
            AssignmentMapper assignments,
            HandlingRecordMapper records,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionNotifier notifier,
            SuggestionReads reads,
            FollowUpClocks clocks,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.assignments = assignments;
        this.records = records;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.reads = reads;
        this.clocks = clocks;
    }

    /** A handler of the department writes the explanation its year-end step asks for. */
    public void explain(CurrentUser user, long id, String content) {
        String cleanContent = Texts.required("content", content, 4000, "label.suggestion.field.explanation");
        Suggestion suggestion = access.lockVisible(user, id);
        Assignment assignment = ownAssignment(user, suggestion);
        policies.require(user, suggestion, SuggestionAction.EXPLAIN);
        OpenStep task = task(assignment, SuggestionProcess.TASK_EXPLAIN_FOLLOW_UP);
        records.insertExplanation(
                assignment.id(),
                clocks.yearEndOnOrBefore(deadlines.today()),
                cleanContent,
                user.login(),
                deadlines.now(),
                new GeneratedKey());
        assignments.updateState(assignment.id(), AssignmentState.EXPLANATION_REVIEW);
        engine.complete(task, Map.of());
        notifier.toStaff(
                NotificationKind.PROGRESS,
                id,
                "explanation:" + assignment.id() + ":" + deadlines.now().toEpochMilli(),
                Text.of("notice.suggestion.explanation.subject", assignment.departmentName(), suggestion.number()),
                Text.of("notice.suggestion.explanation.text"));
        timeline.record(id, user, TimelineAction.EXPLANATION_SUBMITTED, assignment.departmentId(), cleanContent);
    }

    /** Staff accept the explanation (the follow-up runs on) or send it back with a comment. */
    public void review(CurrentUser user, long id, Long departmentId, boolean accept, String comment) {
        String cleanComment = Texts.optional("comment", comment, 2000, "label.suggestion.field.reviewComment");
        if (!accept && cleanComment == null) {
            throw new BadRequestException("comment", "error.suggestion.explanation.commentRequired");
        }
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.REVIEW_EXPLANATION);
        List<Assignment> reviewed = reads.assignmentsOf(id).stream()
                .filter(a -> a.active() && a.state() == AssignmentState.EXPLANATION_REVIEW)
                .toList();
        Assignment target;
        if (departmentId == null) {
            if (reviewed.size() != 1) {
                throw reviewed.isEmpty()
                        ? new ConflictException("error.suggestion.explanation.noneToReview")
                        : new BadRequestException("departmentId", "error.suggestion.explanation.departmentRequired");
            }
            target = reviewed.get(0);
        } else {
            target = reviewed.stream()
                    .filter(a -> a.departmentId() == departmentId)
                    .findFirst()
                    .orElseThrow(() -> new ConflictException("error.suggestion.explanation.noneForDepartment"));
        }
        OpenStep task = task(target, SuggestionProcess.TASK_REVIEW_EXPLANATION);
        if (records.decideExplanation(
                        target.id(),
                        accept ? FollowUpExplanation.Decision.ACCEPTED : FollowUpExplanation.Decision.SENT_BACK,
                        user.login(),
                        deadlines.now(),
                        cleanComment)
                == 0) {
            throw new ConflictException("error.suggestion.explanation.noneForDepartment");
        }
        assignments.updateState(target.id(), accept ? AssignmentState.FOLLOW_UP : AssignmentState.EXPLAINING);
        // each follow-up holds its own flag (the sub-process's input), which completing the task updates
        engine.complete(task, Map.of(SuggestionProcess.VAR_EXPLANATION_ACCEPTED, accept));
        notifier.toDepartment(
                NotificationKind.DECISION,
                target.departmentId(),
                id,
                "explanation-decided:" + target.id() + ":" + deadlines.now().toEpochMilli(),
                Text.of(
                        accept
                                ? "notice.suggestion.explanation.accepted.subject"
                                : "notice.suggestion.explanation.sentBack.subject",
                        suggestion.number()),
                accept
                        ? Text.of("notice.suggestion.explanation.accepted.text")
                        : Text.of("notice.suggestion.explanation.sentBack.text", cleanComment));
        timeline.record(
                id,
                user,
                accept ? TimelineAction.EXPLANATION_ACCEPTED : TimelineAction.EXPLANATION_SENT_BACK,
                target.departmentId(),
                cleanComment);
    }

    /** The explanations awaiting staff's review on a suggestion the caller may see, for staff's panel. */
    @Transactional(readOnly = true)
    public List<FollowUpExplanation> awaitingReview(CurrentUser user, long id) {
        access.visible(user, id);
        return records.findExplanations(id).stream()
                .filter(x -> x.decision() == null)
                .toList();
    }

    private OpenStep task(Assignment assignment, String taskKey) {
        return engine.departmentTask(assignment.id(), taskKey)
                .orElseThrow(() -> new ConflictException("error.suggestion.explanation.notAtStep"));
    }

    private Assignment ownAssignment(CurrentUser user, Suggestion suggestion) {
        if (user.departmentId() == null) {
            throw NotFoundException.of("suggestion", suggestion.id());
        }
        return reads.assignmentsOf(suggestion.id()).stream()
                .filter(a -> a.active() && a.departmentId() == user.departmentId())
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("suggestion", suggestion.id()));
    }
}
