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
        Alarm alarm = new Alarm(NotificationKind.REMINDER, s, "screening-reminder", s.id(), s.screeningDue());
        alarm.toStaff(
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
        Alarm alarm = new Alarm(NotificationKind.OVERDUE, s, "screening-overdue", s.id(), s.screeningDue());
        String due = s.screeningDue().toString();
        alarm.toStaff(
                Text.of("notice.suggestion.screeningOverdue.subject", s.number()),
                Text.of("notice.suggestion.screeningOverdue.text", s.title(), due));
        alarm.toSupervisingLeader(
                Text.of("notice.suggestion.screeningOverdue.leader.subject", s.number()),
                Text.of("notice.suggestion.screeningOverdue.leader.text", s.title(), due));
    }

    public void evaluationDue(long suggestionId) {
        Suggestion s = progress.suggestion(suggestionId);
        if (s.status() != SuggestionStatus.REPLIED) {
            return;
        }
        String due = s.evaluationDue().toString();
        new Alarm(NotificationKind.REMINDER, s, "evaluation-reminder", s.id(), s.evaluationDue())
                .toDeputy(
                        Text.of("notice.suggestion.evaluationReminder.subject", s.number()),
                        Text.of("notice.suggestion.evaluationReminder.text", s.title(), due));
        Alarm overdue = new Alarm(NotificationKind.OVERDUE, s, "evaluation-overdue", s.id(), s.evaluationDue());
        overdue.toStaff(
                Text.of("notice.suggestion.evaluationOverdue.subject", s.number()),
                Text.of("notice.suggestion.evaluationOverdue.text", due));
        overdue.toSupervisingLeader(
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
        Alarm alarm = new Alarm(NotificationKind.REMINDER, s, "reminder-" + ordinal, a.id(), due);
        alarm.toDepartment(
                a,
                Text.of("notice.suggestion.departmentReminder.subject", s.number(), what, due.toString()),
                Text.of("notice.suggestion.departmentReminder.text", s.title(), what, daysLeft));
        alarm.toSupervisingLeader(
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
        Alarm alarm = new Alarm(NotificationKind.REMINDER, s, "half-time", a.id(), due);
        alarm.toDepartment(
                a,
                Text.of("notice.suggestion.halfTime.subject", s.number()),
                Text.of("notice.suggestion.halfTime.text", s.title(), what, due.toString()));
        alarm.toSupervisingLeader(
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
        new Alarm(NotificationKind.REMINDER, s, "follow-up-reminder", a.id(), plan)
                .toDepartment(
                        a,
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
        Alarm alarm = new Alarm(NotificationKind.OVERDUE, s, "follow-up-overdue", a.id(), plan);
        alarm.toDepartment(
                a,
                Text.of("notice.suggestion.followUpOverdue.subject", s.number()),
                Text.of("notice.suggestion.followUpOverdue.text", s.title(), plan.toString()));
        alarm.toStaff(
                Text.of("notice.suggestion.followUpOverdue.staff.subject", a.departmentName(), s.number()),
                Text.of("notice.suggestion.followUpOverdue.staff.text", a.departmentName(), plan.toString()));
        alarm.toSupervisingLeader(
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
        new Alarm(NotificationKind.REMINDER, s, "confirmation-reminder", a.id(), due)
                .toDeputy(
                        Text.of("notice.suggestion.confirmationReminder.subject", s.number()),
                        Text.of(
                                "notice.suggestion.confirmationReminder.text",
                                a.departmentName(),
                                s.title(),
                                due.toString()));
        new Alarm(NotificationKind.OVERDUE, s, "confirmation-lapsed", a.id(), due)
                .toStaff(
                        Text.of("notice.suggestion.confirmationLapsed.subject", s.number()),
                        Text.of("notice.suggestion.confirmationLapsed.text", a.departmentName(), due.toString()));
    }

    /** The year end found the follow-up open: the department owes a written explanation, which staff review. */
    public void explanationRequested(long assignmentId) {
        progress.explanationOwed(assignmentId);
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        new Alarm(NotificationKind.REMINDER, s, "year-end-explanation", a.id(), deadlines.today())
                .toDepartment(
                        a,
                        Text.of("notice.suggestion.explanationRequested.subject", s.number()),
                        Text.of("notice.suggestion.explanationRequested.text", s.title()));
    }

    public void departmentOverdue(long assignmentId) {
        Assignment a = progress.assignment(assignmentId);
        Suggestion s = progress.suggestion(a.suggestionId());
        LocalDate due = ClockAlarms.dueOf(a);
        Text what = owed(a);
        Alarm alarm = new Alarm(NotificationKind.OVERDUE, s, "overdue", a.id(), due);
        alarm.toDepartment(
                a,
                Text.of("notice.suggestion.departmentOverdue.subject", s.number(), what),
                Text.of("notice.suggestion.departmentOverdue.text", s.title(), what, due.toString()));
        alarm.toStaff(
                Text.of("notice.suggestion.departmentOverdue.staff.subject", a.departmentName(), s.number()),
                Text.of("notice.suggestion.departmentOverdue.staff.text", a.departmentName(), what, due.toString()));
        alarm.toSupervisingLeader(
                Text.of("notice.suggestion.departmentOverdue.leader.subject", a.departmentName(), s.number()),
                Text.of(
                        "notice.suggestion.departmentOverdue.leader.text",
                        s.title(),
                        a.departmentName(),
                        what,
                        due.toString()));
    }

    /**
     * One alarm's notices: the same kind and suggestion for everyone it tells, and one key, so that an
     * alarm that goes off twice for the same due date notifies once.
     */
    private final class Alarm {

        private final NotificationKind kind;
        private final Suggestion suggestion;
        private final String key;

        Alarm(NotificationKind kind, Suggestion suggestion, String name, long id, LocalDate due) {
            this.kind = kind;
            this.suggestion = suggestion;
            this.key = SuggestionNotifier.alarmKey(name, id, due);
        }

        void toDepartment(Assignment a, Text subject, Text text) {
            notifier.toDepartment(kind, a.departmentId(), suggestion.id(), key, subject, text);
        }

        void toStaff(Text subject, Text text) {
            notifier.toStaff(kind, suggestion.id(), key, subject, text);
        }

        void toDeputy(Text subject, Text text) {
            notifier.toDeputy(kind, suggestion.submitterDeputyId(), suggestion.id(), key, subject, text);
        }

        void toSupervisingLeader(Text subject, Text text) {
            notifier.toSupervisingLeader(kind, suggestion.id(), key, subject, text);
        }
    }

    /** What the department owes: the reply of a lead department, or a co-unit's opinion. */
    private static Text owed(Assignment a) {
        return Text.of(a.role().replies() ? "label.suggestion.owed.reply" : "label.suggestion.owed.opinion");
    }
}
