package org.deputyflow.suggestion.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One line of a department's work list: its part in one suggestion.
 *
 * @param due the date of the clock the department still owes (the co-unit's opinion or the reply);
 *            null when no clock runs for it (replied, in follow-up, opinion waived)
 */
public record DepartmentWorkItem(
        long assignmentId,
        long suggestionId,
        String number,
        String title,
        SuggestionStatus status,
        AssignmentRole role,
        AssignmentState state,
        String claimedBy,
        LocalDate due) {

    /** Due today is still on time, as on the overdue list. */
    public boolean overdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }

    public boolean dueSoonOn(LocalDate today, int days) {
        return due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }

    public long daysOverdue(LocalDate today) {
        return due == null ? 0 : ChronoUnit.DAYS.between(due, today);
    }

    public long daysLeft(LocalDate today) {
        return due == null ? 0 : ChronoUnit.DAYS.between(today, due);
    }
}
