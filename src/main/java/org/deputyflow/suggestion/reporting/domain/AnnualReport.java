package org.deputyflow.suggestion.reporting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the annual handling report (代表建议办理情况的报告) for one year, from the first
 * to the last of its days in the configured zone, as of {@code asOf}.
 * <p>
 * {@code handling} and {@code departments} are the department statistics of the same period,
 * counted per assignment (件次); {@code handling} is their sum, counted in the database.
 *
 * @param handling the whole year's handling: a department of its own with id 0 and no name
 */
public record AnnualReport(
        int year,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        Received received,
        DepartmentStatistics handling,
        List<DepartmentStatistics> departments,
        KeySuggestionFigures keySuggestions,
        FollowUpFigures followUps,
        MotionFigures motions,
        VoteFigures votes) {

    public AnnualReport {
        departments = List.copyOf(departments);
    }

    /** The on-time share of replies, as the statistics page shows it. */
    public Share onTime() {
        return Share.of(Math.min(handling.repliedOnTime(), handling.replied()), handling.replied());
    }
}
