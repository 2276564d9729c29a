package org.deputyflow.suggestion.reporting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-ups started between {@code from} and {@code to} (both included), per department sorted by code
 * and in total; "open" and "overdue" are as of {@code asOf}.
 */
public record FollowUpReport(
        LocalDate from, LocalDate to, LocalDate asOf, List<FollowUpStatistics> departments, FollowUpStatistics totals) {

    public FollowUpReport {
        departments = List.copyOf(departments);
    }
}
