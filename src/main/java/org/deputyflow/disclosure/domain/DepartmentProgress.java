package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where one department handling a key suggestion stands: its role (LEAD, CO, SPLIT), its
 * assignment's state, the date its reply or opinion is due and when it replied.
 */
public record DepartmentProgress(
        long departmentId, String departmentName, String role, String state, LocalDate due, Instant repliedAt) {

    /** Days left until the due date on {@code today}, negative once overdue; null when nothing is owed. */
    public Integer daysLeft(LocalDate today) {
        if (due == null || repliedAt != null) {
            return null;
        }
        return (int) ChronoUnit.DAYS.between(today, due);
    }
}
