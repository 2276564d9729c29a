package org.deputyflow.suggestion.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.DepartmentWorkView;

/**
 * One of a department's work lists, with the rules bound as parameters so that the SQL repeats no
 * state names. The clocks a department owes are those of the overdue list (reporting's
 * OverdueClock): a co-unit's opinion while handling or disputed and not waived, a lead's reply
 * until the leader has signed it off.
 */
public record DepartmentWorkSearch(
        long departmentId,
        DepartmentWorkView view,
        String login,
        LocalDate today,
        LocalDate dueSoonUntil,
        boolean descending,
        List<AssignmentState> claimable,
        AssignmentState signOff,
        AssignmentRole coUnitRole,
        List<AssignmentState> opinionOwed,
        List<AssignmentRole> replyingRoles,
        List<AssignmentState> replyOwed) {

    public static final List<AssignmentState> CLAIMABLE = AssignmentState.where(AssignmentState::claimable);

    public static final List<AssignmentState> OPINION_OWED = AssignmentState.where(AssignmentState::owesOpinion);

    public static final List<AssignmentState> REPLY_OWED = AssignmentState.where(AssignmentState::owesReply);

    public static DepartmentWorkSearch of(
            long departmentId,
            DepartmentWorkView view,
            String login,
            LocalDate today,
            int dueSoonDays,
            boolean descending) {
        return new DepartmentWorkSearch(
                departmentId,
                view,
                login,
                today,
                today.plusDays(dueSoonDays),
                descending,
                CLAIMABLE,
                AssignmentState.AWAITING_SIGN_OFF,
                AssignmentRole.CO,
                OPINION_OWED,
                Arrays.stream(AssignmentRole.values())
                        .filter(AssignmentRole::replies)
                        .toList(),
                REPLY_OWED);
    }

    /** For the mapper's {@code <if>}: the view's name. */
    public String viewName() {
        return view.name();
    }
}
