package org.deputyflow.suggestion.reporting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.suggestion.domain.AssignmentState;

/**
 * The follow-up statistics' query: follow-ups started from {@code from} (inclusive) until {@code until}
 * (exclusive); open in the states of {@code open}, overdue when still reporting or explaining past the
 * plan date as of {@code today}.
 */
public record FollowUpQuery(
        Instant from, Instant until, LocalDate today, List<AssignmentState> open, List<AssignmentState> owing) {

    public static FollowUpQuery of(Instant from, Instant until, LocalDate today) {
        return new FollowUpQuery(
                from,
                until,
                today,
                List.of(
                        AssignmentState.FOLLOW_UP,
                        AssignmentState.EXPLAINING,
                        AssignmentState.EXPLANATION_REVIEW,
                        AssignmentState.AWAITING_CONFIRMATION),
                List.of(AssignmentState.FOLLOW_UP, AssignmentState.EXPLAINING, AssignmentState.EXPLANATION_REVIEW));
    }
}
