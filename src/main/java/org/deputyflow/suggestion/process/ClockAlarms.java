package org.deputyflow.suggestion.process;

import java.util.Date;
import java.util.List;

import org.deputyflow.suggestion.Deadlines;
import org.deputyflow.suggestion.HandlingClocks;
import org.deputyflow.suggestion.SuggestionProgress;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Suggestion;
import org.springframework.stereotype.Component;

/**
 * When the process's timers fire: reminders a configured number of days before a due date, the
 * escalation at the start of the day after it. Public: the timers' expressions call it.
 */
@Component("clockAlarms")
public class ClockAlarms {

    private final SuggestionProgress progress;
    private final Deadlines deadlines;
    private final HandlingClocks clocks;

    ClockAlarms(SuggestionProgress progress, Deadlines deadlines, HandlingClocks clocks) {
        this.progress = progress;
        this.deadlines = deadlines;
        this.clocks = clocks;
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
        return Date.from(deadlines.startOf(deadlines.daysBefore(dueOf(progress.assignment(assignmentId)),
                days.get(index))));
    }

    public Date overdue(Long assignmentId) {
        return Date.from(deadlines.overdueFrom(dueOf(progress.assignment(assignmentId))));
    }

    /** A co-unit runs against its opinion clock, a replying department against its reply clock. */
    public static java.time.LocalDate dueOf(Assignment assignment) {
        return assignment.role().replies() ? assignment.replyDue() : assignment.opinionDue();
    }
}
