package org.deputyflow.suggestion.reporting.persistence;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;

/**
 * The overdue list's query: which clocks to look at and the rules of {@link OverdueClock}, bound
 * as parameters so that the SQL repeats no state names. A department filter leaves out the
 * clocks no department owes.
 */
public record OverdueSearch(
        LocalDate today,
        Long departmentId,
        boolean screening,
        boolean coUnitOpinion,
        boolean reply,
        boolean evaluation,
        SuggestionStatus screeningOwed,
        SuggestionStatus evaluationOwed,
        List<AssignmentState> opinionOwed,
        List<AssignmentState> replyOwed,
        AssignmentRole coUnitRole,
        List<AssignmentRole> replyingRoles) {

    public static OverdueSearch of(LocalDate today, OverdueClock clock, Long departmentId) {
        return new OverdueSearch(
                today,
                departmentId,
                includes(OverdueClock.SCREENING, clock, departmentId),
                includes(OverdueClock.CO_UNIT_OPINION, clock, departmentId),
                includes(OverdueClock.REPLY, clock, departmentId),
                includes(OverdueClock.EVALUATION, clock, departmentId),
                OverdueClock.SCREENING_OWED,
                OverdueClock.EVALUATION_OWED,
                OverdueClock.OPINION_OWED,
                OverdueClock.REPLY_OWED,
                AssignmentRole.CO,
                OverdueClock.REPLYING_ROLES);
    }

    /** Whether any clock is left to look at: a department filter with a staff or deputy clock leaves none. */
    public boolean any() {
        return screening || coUnitOpinion || reply || evaluation;
    }

    private static boolean includes(OverdueClock candidate, OverdueClock clock, Long departmentId) {
        return (clock == null || clock == candidate) && (departmentId == null || candidate.departmentLevel());
    }
}
