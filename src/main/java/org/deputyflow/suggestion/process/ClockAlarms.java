package org.deputyflow.suggestion.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.deputyflow.suggestion.Deadlines;
import org.deputyflow.suggestion.FollowUpClocks;
import org.deputyflow.suggestion.HandlingClocks;
import org.deputyflow.suggestion.KeySuggestionPolicy;
import org.deputyflow.suggestion.SuggestionProgress;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Suggestion;
import org.springframework.stereotype.Component;

/**
 * When the process's timers fire: reminders a configured number of days before a due date, the
 * escalation at the start of the day after it, the half-time reminder of a key suggestion; in a
 * follow-up, the same before and after the reply's plan date, and the end of the deputy's time to
 * confirm a delivery.
 * Public: the timers' expressions call it.
 */
@Component("clockAlarms")
public class ClockAlarms {

    /** The date of a timer that must not fire: later than any clock of any suggestion. */
    public static final Date NEVER = Date.from(Instant.parse("9999-12-31T00:00:00Z"));

    private final SuggestionProgress progress;
    private final Deadlines deadlines;
    private final HandlingClocks clocks;
    private final KeySuggestionPolicy keySuggestions;
    private final FollowUpClocks followUp;

    ClockAlarms(
            SuggestionProgress progress,
            Deadlines deadlines,
            HandlingClocks clocks,
            KeySuggestionPolicy keySuggestions,
            FollowUpClocks followUp) {
        this.followUp = followUp;
        this.progress = progress;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.keySuggestions = keySuggestions;
    }

    /** The screening clock is short (7 working days): only its last reminder applies. */
    public Date screeningReminder(Long suggestionId) {
        Suggestion suggestion = progress.suggestion(suggestionId);
        List<Integer> days = clocks.reminderDaysBefore();
        int last = days.isEmpty() ? 0 : days.get(days.size() - 1);
        return Date.from(deadlines.startOf(deadlines.daysBefore(suggestion.screeningDue(), last)));
    }

    public Date screeningOverdue(Long suggestionId) {
        return Date.from(deadlines.overdueFrom(progress.suggestion(suggestionId).screeningDue()));
    }

    /** Evaluated as the replies reach the deputy, which is when the evaluation clock starts. */
    public Date evaluationDue(Long suggestionId) {
        return Date.from(deadlines.overdueFrom(deadlines.evaluationDue(deadlines.now())));
    }

    /** The n-th reminder before a department's due date; a city that configures fewer reminders skips it. */
    public Date reminder(Long assignmentId, int index) {
        List<Integer> days = clocks.reminderDaysBefore();
        if (index >= days.size()) {
            return Date.from(deadlines.overdueFrom(dueOf(progress.assignment(assignmentId))));
        }
        return Date.from(
                deadlines.startOf(deadlines.daysBefore(dueOf(progress.assignment(assignmentId)), days.get(index))));
    }

    public Date overdue(Long assignmentId) {
        return Date.from(deadlines.overdueFrom(dueOf(progress.assignment(assignmentId))));
    }

    /**
     * The start of the working day halfway through a key suggestion's department clock; {@link #NEVER}
     * for any other suggestion, or once half time has passed (a late designation does not remind late).
     */
    public Date halfTime(Long assignmentId) {
        Assignment assignment = progress.assignment(assignmentId);
        if (!keySuggestions.isKey(assignment.suggestionId())) {
            return NEVER;
        }
        Instant at = deadlines.startOf(deadlines.halfTime(progress.clockStartedAt(assignment), dueOf(assignment)));
        return at.isAfter(deadlines.now()) ? Date.from(at) : NEVER;
    }

    /** The date of one of a department's clock timers, named by its element id, as the clock stands now. */
    public Date departmentTimer(String timer, long assignmentId) {
        return switch (timer) {
            case SuggestionProcess.TIMER_FIRST_REMINDER -> reminder(assignmentId, 0);
            case SuggestionProcess.TIMER_SECOND_REMINDER -> reminder(assignmentId, 1);
            case SuggestionProcess.TIMER_DEPARTMENT_OVERDUE -> overdue(assignmentId);
            case SuggestionProcess.TIMER_KEY_HALF_TIME -> halfTime(assignmentId);
            default -> throw new IllegalArgumentException("not a department clock timer: " + timer);
        };
    }

    /**
     * The reminder before a follow-up's plan date; {@link #NEVER} once the plan date has passed, when the
     * report task is entered again after the deputy disputed a delivery: the escalation has spoken then.
     */
    public Date followUpReminder(Long assignmentId) {
        LocalDate planDate = progress.followUpClock(assignmentId).planDate();
        if (!deadlines.overdueFrom(planDate).isAfter(deadlines.now())) {
            return NEVER;
        }
        return Date.from(deadlines.startOf(deadlines.daysBefore(planDate, followUp.remindDaysBefore())));
    }

    /** The start of the day after the plan date: the department has not reported delivery in time. */
    public Date followUpOverdue(Long assignmentId) {
        return Date.from(
                deadlines.overdueFrom(progress.followUpClock(assignmentId).planDate()));
    }

    /** The start of the day after the deputy's confirmation period: staff may confirm from then on. */
    public Date confirmationDue(Long assignmentId) {
        return Date.from(
                deadlines.overdueFrom(progress.followUpClock(assignmentId).confirmationDue()));
    }

    /** The start of the next year end: a follow-up still open then owes a written explanation. */
    public Date yearEnd(Long assignmentId) {
        return Date.from(deadlines.startOf(followUp.nextYearEndAfter(deadlines.today())));
    }

    /** A co-unit runs against its opinion clock, a replying department against its reply clock. */
    public static LocalDate dueOf(Assignment assignment) {
        return assignment.role().replies() ? assignment.replyDue() : assignment.opinionDue();
    }
}
