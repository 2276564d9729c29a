package org.deputyflow.suggestion.reporting.persistence;

import java.time.LocalDate;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;
import org.deputyflow.suggestion.reporting.domain.OverdueItem;

/** A line of the overdue list as the database returns it; the days overdue are the calendar's to count. */
public record OverdueRow(
        OverdueClock clock,
        long suggestionId,
        String number,
        String title,
        Long assignmentId,
        Long departmentId,
        String departmentName,
        LocalDate due,
        long urges) {

    public OverdueItem toItem(int daysOverdue) {
        OverdueItem.Department department =
                departmentId == null ? null : new OverdueItem.Department(departmentId, departmentName);
        return new OverdueItem(suggestionId, number, title, assignmentId, department, clock, due, daysOverdue, urges);
    }
}
