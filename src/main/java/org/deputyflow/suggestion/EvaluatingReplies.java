package org.deputyflow.suggestion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Evaluation;
import org.deputyflow.suggestion.domain.EvaluationInput;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deputy's evaluation of the replies and what follows it: staff's decision on re-handling
 * after an unsatisfied result, follow-up of B and C replies, closing.
 */
@Service
@Transactional
public class EvaluatingReplies {

    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final SuggestionMapper suggestions;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final SuggestionReads reads;
    private final TimelineWords words;
    private final SuggestionPolicies policies;

    EvaluatingReplies(
            AssignmentMapper assignments,
            HandlingRecordMapper records,
            SuggestionMapper suggestions,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionNotifier notifier,
            SuggestionReads reads,
            TimelineWords words,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.words = words;
        this.reads = reads;
        this.assignments = assignments;
        this.records = records;
        this.suggestions = suggestions;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.notifier = notifier;
    }

    /** Only the lead deputy's own login evaluates; with parallel leads, each department's reply apart. */
    public void evaluate(CurrentUser user, long id, Long departmentId, EvaluationInput input) {
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.EVALUATE);
        long deputyId = SubmittingSuggestions.deputyOf(user);
        int round = suggestion.handlingRound();
        List<Assignment> targets = evaluated(suggestion);
        Assignment target = chooseTarget(targets, departmentId);
        List<Evaluation> evaluations = records.findEvaluations(id);
        if (evaluations.stream().anyMatch(e -> e.assignmentId() == target.id() && e.round() == round)) {
            throw new ConflictException("error.suggestion.evaluation.done", target.departmentName());
        }
        // given within the evaluation period, as the deputies' records count it
        boolean onTime = !suggestion.evaluationLapsedOn(deadlines.today());
        records.insertEvaluation(
                target.id(),
                round,
                input.attitude(),
                input.result(),
                input.reason(),
                input.confidentialNote(),
                deputyId,
                deadlines.now(),
                onTime,
                new GeneratedKey());
        notifier.toDepartment(
                NotificationKind.EVALUATED,
                target.departmentId(),
                id,
                "evaluated:" + target.id() + ":" + round,
                Text.of("notice.suggestion.evaluated.subject", suggestion.number()),
                Text.of("notice.suggestion.evaluated.text", rating(input.attitude()), rating(input.result())));
        timeline.record(
                id,
                user,
                TimelineAction.EVALUATED,
                target.departmentId(),
                input.reason() == null
                        ? words.line("text.suggestion.line.evaluated", rating(input.attitude()), rating(input.result()))
                        : words.line(
                                "text.suggestion.line.evaluatedWithReason",
                                rating(input.attitude()),
                                rating(input.result()),
                                input.reason()));
        boolean allEvaluated = targets.stream()
                .allMatch(a -> a.id() == target.id()
                        || evaluations.stream().anyMatch(e -> e.assignmentId() == a.id() && e.round() == round));
        if (!allEvaluated) {
            return;
        }
        boolean unsatisfied = input.result() == Rating.UNSATISFIED
                || evaluations.stream().anyMatch(e -> e.round() == round && e.result() == Rating.UNSATISFIED);
        Map<String, Object> flags = new HashMap<>();
        // the second evaluation, after re-handling, is final
        boolean needsDecision = unsatisfied && round == 1;
        flags.put(SuggestionProcess.VAR_NEEDS_REHANDLING_DECISION, needsDecision);
        flags.put(SuggestionProcess.VAR_NEEDS_FOLLOW_UP, !needsDecision && startFollowUp(id));
        engine.complete(engine.task(id, SuggestionProcess.TASK_EVALUATE), flags);
    }

    /**
     * After the evaluation period, staff may close the evaluation as "not evaluated": counted
     * apart in the statistics, never as satisfied.
     */
    public void closeNotEvaluated(CurrentUser user, long id) {
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.CLOSE_NOT_EVALUATED);
        suggestions.markNotEvaluated(id);
        Map<String, Object> flags = new HashMap<>();
        flags.put(SuggestionProcess.VAR_NEEDS_REHANDLING_DECISION, false);
        flags.put(SuggestionProcess.VAR_NEEDS_FOLLOW_UP, startFollowUp(id));
        engine.complete(engine.task(id, SuggestionProcess.TASK_EVALUATE), flags);
        timeline.record(
                id,
                user,
                TimelineAction.CLOSED_NOT_EVALUATED,
                words.line("text.suggestion.line.evaluationLapsed", String.valueOf(suggestion.evaluationDue())));
    }

    /** After an unsatisfied result, staff decide whether the departments must handle it again (once). */
    public void decideRehandling(CurrentUser user, long id, boolean required, String comment) {
        String cleanComment = Texts.optional("comment", comment, 2000, "label.suggestion.field.comment");
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.DECIDE_REHANDLING);
        Map<String, Object> flags = new HashMap<>();
        flags.put(SuggestionProcess.VAR_REHANDLING_REQUIRED, required);
        if (required) {
            List<Evaluation> evaluations = records.findEvaluations(id);
            for (Assignment assignment : evaluated(suggestion)) {
                boolean unsatisfied = evaluations.stream()
                        .anyMatch(e -> e.assignmentId() == assignment.id()
                                && e.round() == 1
                                && e.result() == Rating.UNSATISFIED);
                if (unsatisfied) {
                    assignments.updateState(assignment.id(), AssignmentState.REHANDLING);
                    assignments.moveReplyDue(assignment.id(), deadlines.rehandlingDue(deadlines.now()));
                }
            }
            suggestions.markRehandled(id);
            flags.put(SuggestionProcess.VAR_NEEDS_FOLLOW_UP, false);
        } else {
            flags.put(SuggestionProcess.VAR_NEEDS_FOLLOW_UP, startFollowUp(id));
        }
        engine.complete(engine.task(id, SuggestionProcess.TASK_DECIDE_REHANDLING), flags);
        notifier.toDeputy(
                NotificationKind.DECISION,
                suggestion.submitterDeputyId(),
                id,
                "rehandling:" + id,
                Text.of(
                        required
                                ? "notice.suggestion.rehandling.ordered.subject"
                                : "notice.suggestion.rehandling.declined.subject",
                        suggestion.number()),
                required
                        ? Text.of("notice.suggestion.rehandling.ordered.text")
                        : cleanComment == null
                                ? Text.of("notice.suggestion.rehandling.declined.text")
                                : Text.of("notice.suggestion.rehandling.declinedWithComment.text", cleanComment));
        if (required) {
            for (Assignment assignment : reads.assignmentsOf(id)) {
                if (assignment.active() && assignment.state() == AssignmentState.REHANDLING) {
                    notifier.toDepartment(
                            NotificationKind.DECISION,
                            assignment.departmentId(),
                            id,
                            "rehandling:" + assignment.id(),
                            Text.of("notice.suggestion.rehandling.department.subject", suggestion.number()),
                            Text.of(
                                    "notice.suggestion.rehandling.department.text",
                                    deadlines.rehandlingDue(deadlines.now()).toString()));
                }
            }
        }
        timeline.record(
                id,
                user,
                required ? TimelineAction.REHANDLING_ORDERED : TimelineAction.REHANDLING_DECLINED,
                cleanComment);
    }

    private static Text rating(Rating rating) {
        return Text.of("rating." + rating.name());
    }

    /** The departments whose replies the deputy evaluates in the current round. */
    private List<Assignment> evaluated(Suggestion suggestion) {
        int round = suggestion.handlingRound();
        List<Reply> approved = reads.repliesOf(suggestion.id()).stream()
                .filter(r -> r.round() == round && Boolean.TRUE.equals(r.approved()))
                .toList();
        return reads.assignmentsOf(suggestion.id()).stream()
                .filter(a ->
                        a.active() && a.role().replies() && approved.stream().anyMatch(r -> r.assignmentId() == a.id()))
                .toList();
    }

    private static Assignment chooseTarget(List<Assignment> targets, Long departmentId) {
        if (departmentId == null) {
            if (targets.size() != 1) {
                throw new BadRequestException("departmentId", "error.suggestion.evaluation.departmentRequired");
            }
            return targets.get(0);
        }
        Optional<Assignment> target =
                targets.stream().filter(a -> a.departmentId() == departmentId).findFirst();
        return target.orElseThrow(
                () -> new BadRequestException("departmentId", "error.suggestion.evaluation.nothingToEvaluate"));
    }

    /**
     * Replies of class B or C stay open for follow-up until the deputy confirms their department's delivery;
     * everything else is done. Returns whether anything is followed up.
     */
    private boolean startFollowUp(long id) {
        List<Reply> replies = reads.repliesOf(id);
        boolean any = false;
        for (Assignment assignment : reads.assignmentsOf(id)) {
            if (!assignment.active() || assignment.state() != AssignmentState.REPLIED) {
                continue;
            }
            Optional<Reply> latest = replies.stream()
                    .filter(r -> r.assignmentId() == assignment.id() && Boolean.TRUE.equals(r.approved()))
                    .reduce((first, second) -> second);
            if (latest.isPresent() && latest.get().resultClass().promisesLater()) {
                assignments.updateState(assignment.id(), AssignmentState.FOLLOW_UP);
                // the clock the follow-up's timers run against: the plan date the signed-off reply named
                if (latest.get().planDate() != null
                        && records.findFollowUpClock(assignment.id()).isEmpty()) {
                    records.insertFollowUpClock(
                            assignment.id(),
                            assignment.departmentId(),
                            latest.get().planDate(),
                            deadlines.now());
                }
                any = true;
            }
        }
        return any;
    }
}
