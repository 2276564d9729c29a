package org.deputyflow.suggestion.reporting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;

/**
 * The department statistics' query: assignments made from {@code from} (inclusive) until
 * {@code until} (exclusive), with replies and co-unit opinions overdue as of {@code today}.
 */
public record StatisticsQuery(
        Instant from,
        Instant until,
        LocalDate today,
        List<AssignmentRole> replyingRoles,
        List<AssignmentState> replyOwed,
        AssignmentRole coUnitRole,
        List<AssignmentState> opinionOwed) {

    public static StatisticsQuery of(Instant from, Instant until, LocalDate today) {
        return new StatisticsQuery(
                from,
                until,
                today,
                OverdueClock.REPLYING_ROLES,
                OverdueClock.REPLY_OWED,
                AssignmentRole.CO,
                OverdueClock.OPINION_OWED);
    }
}
