package org.deputyflow.suggestion.reporting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of every department that received an assignment between {@code from} and
 * {@code to} (both included), sorted by department code; "overdue now" is as of {@code asOf}.
 */
public record DepartmentReport(LocalDate from, LocalDate to, LocalDate asOf, List<DepartmentStatistics> departments) {

    public DepartmentReport {
        departments = List.copyOf(departments);
    }
}
