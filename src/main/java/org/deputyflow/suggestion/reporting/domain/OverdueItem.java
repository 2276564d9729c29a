package org.deputyflow.suggestion.reporting.domain;

import java.time.LocalDate;

/**
 * One line of the overdue list: what is owed on which suggestion, by which department (none when
 * staff or the deputy owe it), since when, and how often staff have urged so far.
 *
 * @param assignmentId the department's assignment; null for screening and evaluation
 * @param daysOverdue calendar days from the due date to today, at least 1
 * @param urges urges recorded for the assignment, or for the whole suggestion when no department owes it
 */
public record OverdueItem(
        long suggestionId,
        String number,
        String title,
        Long assignmentId,
        Department department,
        OverdueClock clock,
        LocalDate due,
        int daysOverdue,
        long urges) {

    public record Department(long id, String name) {}
}
