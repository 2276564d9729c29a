package org.deputyflow.suggestion;

import java.util.List;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.FollowUpClock;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.process.OpenStep;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department's reported delivery (落实) of a B or C reply ends its follow-up only once confirmed: by the lead
 * deputy, who may instead dispute it with a reason (the follow-up then runs on), or by staff once the deputy's
 * confirmation period is over without an answer.
 */
@Service
@Transactional
public class ConfirmingDeliveries {

    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final SuggestionReads reads;
    private final TimelineWords words;
    private final SuggestionPolicies policies;

    ConfirmingDeliveries(
            AssignmentMapper assignments,
            HandlingRecordMapper records,
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
        this.assignments = assignments;
        this.records = records;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.reads = reads;
    }

    /** The lead deputy, personally: confirms the delivery, or disputes it with a reason. */
    public void answer(CurrentUser user, long id, Long departmentId, boolean confirmed, String comment) {
        Suggestion suggestion = access.lockVisible(user, id);
        String cleanComment = Texts.optional("comment", comment, 2000, "label.suggestion.field.comment");
        if (!confirmed && cleanComment == null) {
            throw new BadRequestException("comment", "error.suggestion.delivery.reasonRequired");
        }
        policies.require(user, suggestion, SuggestionAction.ANSWER_DELIVERY);
        Assignment target = awaiting(suggestion, departmentId);
        OpenStep task = confirmationTask(target);
        if (confirmed) {
            finish(target, user, false);
        } else {
            records.clearDelivery(target.id());
            assignments.updateState(target.id(), AssignmentState.FOLLOW_UP);
            notifier.toDepartment(
                    NotificationKind.DECISION,
                    target.departmentId(),
                    id,
                    "delivery-disputed:" + target.id() + ":" + deadlines.now().toEpochMilli(),
                    Text.of("notice.suggestion.deliveryDisputed.subject", suggestion.number()),
                    Text.of("notice.suggestion.deliveryDisputed.text", cleanComment));
        }
        // each follow-up holds its own flag (the sub-process's input), which completing the task updates
        engine.complete(task, Map.of(SuggestionProcess.VAR_DELIVERY_CONFIRMED, confirmed));
        timeline.record(
                id,
                user,
                confirmed ? TimelineAction.DELIVERY_CONFIRMED : TimelineAction.DELIVERY_DISPUTED,
                target.departmentId(),
                cleanComment);
    }

    /** Staff confirm in the deputy's stead, only once the deputy's confirmation period is over. */
    public void confirmForDeputy(CurrentUser user, long id, Long departmentId, String comment) {
        String cleanComment = Texts.optional("comment", comment, 2000, "label.suggestion.field.confirmationNote");
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.CONFIRM_DELIVERY);
        Assignment target = awaiting(suggestion, departmentId);
        // with several deliveries awaiting, the one named may still be in its deputy's period
        FollowUpClock clock = records.findFollowUpClock(target.id())
                .orElseThrow(() -> new ConflictException("error.suggestion.delivery.noneAwaitingForDepartment"));
        if (!clock.confirmationLapsedOn(deadlines.today())) {
            throw new ConflictException(
                    "error.suggestion.delivery.notLapsed",
                    clock.confirmationDue().toString());
        }
        OpenStep task = confirmationTask(target);
        finish(target, user, true);
        engine.complete(task, Map.of(SuggestionProcess.VAR_DELIVERY_CONFIRMED, true));
        timeline.record(
                id,
                user,
                TimelineAction.DELIVERY_CONFIRMED_BY_STAFF,
                target.departmentId(),
                cleanComment == null
                        ? words.line(
                                "text.suggestion.line.confirmationLapsed",
                                clock.confirmationDue().toString())
                        : words.line(
                                "text.suggestion.line.confirmationLapsedWithComment",
                                clock.confirmationDue().toString(),
                                cleanComment));
    }

    /** The departments' deliveries whose confirmation period is over unanswered, for staff's panel. */
    @Transactional(readOnly = true)
    public List<FollowUpClock> lapsed(CurrentUser user, long id) {
        access.visible(user, id);
        return records.findFollowUpClocks(id).stream()
                .filter(c -> c.confirmedAt() == null && c.confirmationLapsedOn(deadlines.today()))
                .toList();
    }

    private void finish(Assignment target, CurrentUser user, boolean byStaff) {
        records.confirmDelivery(target.id(), deadlines.now(), user.login(), byStaff);
        assignments.finish(target.id(), AssignmentState.DONE, deadlines.now());
        notifier.toDepartment(
                NotificationKind.DECISION,
                target.departmentId(),
                target.suggestionId(),
                "delivery-confirmed:" + target.id(),
                Text.of("notice.suggestion.deliveryConfirmed.subject"),
                Text.of(
                        byStaff
                                ? "notice.suggestion.deliveryConfirmed.byStaff.text"
                                : "notice.suggestion.deliveryConfirmed.text"));
    }

    private OpenStep confirmationTask(Assignment target) {
        return engine.departmentTask(target.id(), SuggestionProcess.TASK_CONFIRM_DELIVERY)
                .orElseThrow(() -> new ConflictException("error.suggestion.delivery.noneAwaitingForDepartment"));
    }

    /** The department whose delivery awaits confirmation; with several, the caller names it. */
    private Assignment awaiting(Suggestion suggestion, Long departmentId) {
        SuggestionAccess.requireStatus(suggestion, SuggestionStatus.FOLLOW_UP);
        List<Assignment> waiting = reads.assignmentsOf(suggestion.id()).stream()
                .filter(a -> a.active() && a.state() == AssignmentState.AWAITING_CONFIRMATION)
                .toList();
        if (departmentId == null) {
            if (waiting.size() != 1) {
                throw waiting.isEmpty()
                        ? new ConflictException("error.suggestion.delivery.noneAwaiting")
                        : new BadRequestException("departmentId", "error.suggestion.delivery.departmentRequired");
            }
            return waiting.get(0);
        }
        return waiting.stream()
                .filter(a -> a.departmentId() == departmentId)
                .findFirst()
                .orElseThrow(() -> new ConflictException("error.suggestion.delivery.noneAwaitingForDepartment"));
    }
}
