package org.deputyflow.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.ClockMapper;
import org.deputyflow.suggestion.process.ClockAlarms;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期: a lead unit's leader asks once for at most three more months, with a reason; staff
 * approve or refuse; an approval moves the reply due date and the clock's pending timers, and the
 * deputy is told either way.
 */
@Service
@Transactional
public class ExtendingDeadlines {

    private final AssignmentMapper assignments;
    private final ClockMapper clockRecords;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final ClockAlarms alarms;
    private final SuggestionNotifier notifier;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final HandlingClocks clocks;
    private final TimelineWords words;
    private final SuggestionPolicies policies;

    ExtendingDeadlines(
            AssignmentMapper assignments,
            ClockMapper clockRecords,
            SuggestionAccess access,
            SuggestionEngine engine,
            ClockAlarms alarms,
            SuggestionNotifier notifier,
            Timeline timeline,
            Deadlines deadlines,
            HandlingClocks clocks,
            TimelineWords words,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.words = words;
        this.assignments = assignments;
        this.clockRecords = clockRecords;
        this.access = access;
        this.engine = engine;
        this.alarms = alarms;
        this.notifier = notifier;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.clocks = clocks;
    }

    public record Requested(long requestId, LocalDate currentDue) {}

    public Requested request(CurrentUser user, long id, Integer months, String reason) {
        if (months == null || months < 1 || months > clocks.maxExtensionMonths()) {
            throw new BadRequestException(
                    "months", "error.suggestion.extension.months", String.valueOf(clocks.maxExtensionMonths()));
        }
        String cleanReason = Texts.required("reason", reason, 2000, "label.suggestion.field.extensionReason");
        Suggestion suggestion = access.lockVisible(user, id);
        Assignment assignment = policies.requireOwn(user, suggestion, SuggestionAction.REQUEST_EXTENSION);
        GeneratedKey key = new GeneratedKey();
        clockRecords.insertExtension(
                assignment.id(), months, cleanReason, user.login(), deadlines.now(), assignment.replyDue(), key);
        timeline.record(
                id,
                user,
                TimelineAction.EXTENSION_REQUESTED,
                assignment.departmentId(),
                words.line("text.suggestion.line.extensionRequested", String.valueOf(months), cleanReason));
        notifier.toStaff(
                NotificationKind.EXTENSION_REQUESTED,
                id,
                "extension-requested:" + key.value(),
                Text.of(
                        "notice.suggestion.extensionRequested.subject",
                        assignment.departmentName(),
                        suggestion.number()),
                Text.of("notice.suggestion.extensionRequested.text", String.valueOf(months), cleanReason));
        return new Requested(key.value(), assignment.replyDue());
    }

    public ExtensionRequest decide(CurrentUser user, long id, long requestId, Boolean approve, String comment) {
        if (approve == null) {
            throw new BadRequestException("approve", "error.suggestion.extension.decisionRequired");
        }
        String cleanComment = Texts.optional("comment", comment, 2000, "label.suggestion.field.extensionComment");
        Suggestion suggestion = access.lockVisible(user, id);
        // refusing stays open as long as the request; approving only until the department replies
        policies.require(
                user, suggestion, approve ? SuggestionAction.APPROVE_EXTENSION : SuggestionAction.REFUSE_EXTENSION);
        ExtensionRequest request = clockRecords.findExtensions(id).stream()
                .filter(x -> x.id() == requestId)
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("extension", requestId));
        if (!request.open()) {
            throw new ConflictException("error.suggestion.extension.decided");
        }
        Assignment assignment = assignments.findById(request.assignmentId()).orElseThrow();
        Instant now = deadlines.now();
        LocalDate newDue = approve ? deadlines.extended(request.previousDue(), request.months()) : null;
        if (approve && !SuggestionPolicy.approvable(request, assignment)) {
            // another replying department's request is what the policy allowed, not this one
            throw new ConflictException("error.suggestion.extension.replied");
        }
        clockRecords.decideExtension(requestId, approve, user.login(), now, cleanComment, newDue);
        if (approve) {
            assignments.moveReplyDue(assignment.id(), newDue);
            engine.rescheduleDepartmentClock(
                    id, assignment.id(), timer -> alarms.departmentTimer(timer, assignment.id()));
        }
        timeline.record(
                id,
                user,
                approve ? TimelineAction.EXTENSION_APPROVED : TimelineAction.EXTENSION_REFUSED,
                assignment.departmentId(),
                approve
                        ? words.line("text.suggestion.line.extensionApproved", newDue.toString())
                        : cleanComment == null ? null : Text.typed(cleanComment));
        Text outcome = approve
                ? Text.of("notice.suggestion.extensionDecided.approved", newDue.toString())
                : Text.of(
                        "notice.suggestion.extensionDecided.refused",
                        request.previousDue().toString());
        Text subject = Text.of("notice.suggestion.extensionDecided.subject", suggestion.number());
        notifier.toDeputy(
                NotificationKind.EXTENSION_DECIDED,
                suggestion.submitterDeputyId(),
                id,
                "extension-decided:" + requestId,
                subject,
                Text.of("notice.suggestion.extensionDecided.deputy.text", assignment.departmentName(), outcome));
        notifier.toDepartment(
                NotificationKind.EXTENSION_DECIDED,
                assignment.departmentId(),
                id,
                "extension-decided:" + requestId,
                subject,
                outcome);
        return clockRecords.findExtensions(id).stream()
                .filter(x -> x.id() == requestId)
                .findFirst()
                .orElseThrow();
    }
}
