package org.deputyflow.suggestion;

import java.time.LocalDate;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.Text;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.process.ClockAlarms;
import org.springframework.stereotype.Component;

/**
 * What a clock's alarm tells whom. Keys carry the due date, so a timer job that runs twice, or an
 * alarm for a due date that has not moved, notifies once.
 */
@Component
public class SuggestionAlarms {

    private final SuggestionProgress progress;
    private final SuggestionNotifier notifier;
    private final Deadlines deadlines;

    SuggestionAlarms(SuggestionProgress progress, SuggestionNotifier notifier, Deadlines deadlines) {
        this.progress = progress;
        this.notifier = notifier;
        this.deadlines = deadlines;
    }

    public void screeningReminder(long suggestionId) {
        Suggestion s = progress.suggestion(suggestionId);
        if (s.status() != SuggestionStatus.SUBMITTED) {
            return;
        }
        notifier.toStaff(
                NotificationKind.REMINDER,
                s.id(),
                SuggestionNotifier.alarmKey("screening-reminder", s.id(), s.screeningDue()),
                Text.of("notice.suggestion.screeningReminder.subject", s.number()),
                Text.of(
                        "notice.suggestion.screeningReminder.text",
                        s.title(),
                        s.screeningDue().toString()));
    }

    public void screeningOverdue(long suggestionId) {
        Suggestion s = progress.suggestion(suggestionId);
        if (s.status() != SuggestionStatus.SUBMITTED) {
            return;
        }
        String key = SuggestionNotifier.alarmKey("screening-overdue", s.id(), s.screeningDue());
        String due = s.screeningDue().toString();
        notifier.toStaff(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.screeningOverdue.subject", s.number()),
                Text.of("notice.suggestion.screeningOverdue.text", s.title(), due));
        notifier.toSupervisingLeader(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.screeningOverdue.leader.subject", s.number()),
                Text.of("notice.suggestion.screeningOverdue.leader.text", s.title(), due));
    }

    public void evaluationDue(long suggestionId) {
        Suggestion s = progress.suggestion(suggestionId);
        if (s.status() != SuggestionStatus.REPLIED) {
            return;
        }
        String due = s.evaluationDue().toString();
        notifier.toDeputy(
                NotificationKind.REMINDER,
                s.submitterDeputyId(),
                s.id(),
                SuggestionNotifier.alarmKey("evaluation-reminder", s.id(), s.evaluationDue()),
                Text.of("notice.suggestion.evaluationReminder.subject", s.number()),
                Text.of("notice.suggestion.evaluationReminder.text", s.title(), due));
        String key = SuggestionNotifier.alarmKey("evaluation-overdue", s.id(), s.evaluationDue());
        notifier.toStaff(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.evaluationOverdue.subject", s.number()),
                Text.of("notice.suggestion.evaluationOverdue.text", due));
        notifier.toSupervisingLeader(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.evaluationOverdue.leader.subject", s.number()),
                Text.of("notice.suggestion.evaluationOverdue.leader.text", s.title(), due));
    }

    /** The first or second reminder before a department's due date. */
    public void departmentReminder(long assignmentId, int ordinal) {
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = ClockAlarms.dueOf(a);
        long daysLeft = deadlines.daysBetween(deadlines.today(), due);
        Text what = owed(a);
        String key = SuggestionNotifier.alarmKey("reminder-" + ordinal, a.id(), due);
        notifier.toDepartment(
                NotificationKind.REMINDER,
                a.departmentId(),
                s.id(),
                key,
                Text.of("notice.suggestion.departmentReminder.subject", s.number(), what, due.toString()),
                Text.of("notice.suggestion.departmentReminder.text", s.title(), what, daysLeft));
        notifier.toSupervisingLeader(
                NotificationKind.REMINDER,
                s.id(),
                key,
                Text.of(
                        "notice.suggestion.departmentReminder.leader.subject",
                        a.departmentName(),
                        s.number(),
                        due.toString()),
                Text.of(
                        "notice.suggestion.departmentReminder.leader.text",
                        s.title(),
                        a.departmentName(),
                        what,
                        daysLeft));
    }

    /** Half the department's time is gone on a key suggestion: the department and the supervising leader hear of it. */
    public void halfTimeReminder(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = ClockAlarms.dueOf(a);
        Text what = owed(a);
        String key = SuggestionNotifier.alarmKey("half-time", a.id(), due);
        notifier.toDepartment(
                NotificationKind.REMINDER,
                a.departmentId(),
                s.id(),
                key,
                Text.of("notice.suggestion.halfTime.subject", s.number()),
                Text.of("notice.suggestion.halfTime.text", s.title(), what, due.toString()));
        notifier.toSupervisingLeader(
                NotificationKind.REMINDER,
                s.id(),
                key,
                Text.of("notice.suggestion.halfTime.leader.subject", a.departmentName(), s.number()),
                Text.of("notice.suggestion.halfTime.leader.text", s.title(), a.departmentName(), what, due.toString()));
    }

    /** The plan date of a B or C reply is near and the department has not reported delivery. */
    public void followUpReminder(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        if (a.state() != AssignmentState.FOLLOW_UP) {
            return;
        }
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate plan = progress.followUpClock(assignmentId).planDate();
        String key = SuggestionNotifier.alarmKey("follow-up-reminder", a.id(), plan);
        notifier.toDepartment(
                NotificationKind.REMINDER,
                a.departmentId(),
                s.id(),
                key,
                Text.of("notice.suggestion.followUpReminder.subject", s.number(), plan.toString()),
                Text.of("notice.suggestion.followUpReminder.text", s.title(), plan.toString()));
    }

    /** The plan date has passed without a delivery report: the department and staff hear of it. */
    public void followUpOverdue(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        if (a.state() != AssignmentState.FOLLOW_UP) {
            return;
        }
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate plan = progress.followUpClock(assignmentId).planDate();
        String key = SuggestionNotifier.alarmKey("follow-up-overdue", a.id(), plan);
        notifier.toDepartment(
                NotificationKind.OVERDUE,
                a.departmentId(),
                s.id(),
                key,
                Text.of("notice.suggestion.followUpOverdue.subject", s.number()),
                Text.of("notice.suggestion.followUpOverdue.text", s.title(), plan.toString()));
        notifier.toStaff(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.followUpOverdue.staff.subject", a.departmentName(), s.number()),
                Text.of("notice.suggestion.followUpOverdue.staff.text", a.departmentName(), plan.toString()));
        notifier.toSupervisingLeader(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.followUpOverdue.leader.subject", a.departmentName(), s.number()),
                Text.of(
                        "notice.suggestion.followUpOverdue.leader.text",
                        s.title(),
                        a.departmentName(),
                        plan.toString()));
    }

    /** The deputy has not answered a delivery report in time: reminded, and staff may now confirm it. */
    public void confirmationLapsed(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        if (a.state() != AssignmentState.AWAITING_CONFIRMATION) {
            return;
        }
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = progress.followUpClock(assignmentId).confirmationDue();
        notifier.toDeputy(
                NotificationKind.REMINDER,
                s.submitterDeputyId(),
                s.id(),
                SuggestionNotifier.alarmKey("confirmation-reminder", a.id(), due),
                Text.of("notice.suggestion.confirmationReminder.subject", s.number()),
                Text.of("notice.suggestion.confirmationReminder.text", a.departmentName(), s.title(), due.toString()));
        notifier.toStaff(
                NotificationKind.OVERDUE,
                s.id(),
                SuggestionNotifier.alarmKey("confirmation-lapsed", a.id(), due),
                Text.of("notice.suggestion.confirmationLapsed.subject", s.number()),
                Text.of("notice.suggestion.confirmationLapsed.text", a.departmentName(), due.toString()));
    }

    /** The year end found the follow-up open: the department owes a written explanation, which staff review. */
    public void explanationRequested(long assignmentId) {
        progress.explanationOwed(assignmentId);
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        String key = SuggestionNotifier.alarmKey("year-end-explanation", a.id(), deadlines.today());
        notifier.toDepartment(
                NotificationKind.REMINDER,
                a.departmentId(),
                s.id(),
                key,
                Text.of("notice.suggestion.explanationRequested.subject", s.number()),
                Text.of("notice.suggestion.explanationRequested.text", s.title()));
    }

    public void departmentOverdue(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = ClockAlarms.dueOf(a);
        Text what = owed(a);
        String key = SuggestionNotifier.alarmKey("overdue", a.id(), due);
        notifier.toDepartment(
                NotificationKind.OVERDUE,
                a.departmentId(),
                s.id(),
                key,
                Text.of("notice.suggestion.departmentOverdue.subject", s.number(), what),
                Text.of("notice.suggestion.departmentOverdue.text", s.title(), what, due.toString()));
        notifier.toStaff(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.departmentOverdue.staff.subject", a.departmentName(), s.number()),
                Text.of("notice.suggestion.departmentOverdue.staff.text", a.departmentName(), what, due.toString()));
        notifier.toSupervisingLeader(
                NotificationKind.OVERDUE,
                s.id(),
                key,
                Text.of("notice.suggestion.departmentOverdue.leader.subject", a.departmentName(), s.number()),
                Text.of(
                        "notice.suggestion.departmentOverdue.leader.text",
                        s.title(),
                        a.departmentName(),
                        what,
                        due.toString()));
    }

    /** What the department owes: the reply of a lead department, or a co-unit's opinion. */
    private static Text owed(Assignment a) {
        return Text.of(a.role().replies() ? "label.suggestion.owed.reply" : "label.suggestion.owed.opinion");
    }
}
