package org.deputyflow.suggestion;

import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.DepartmentActions;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.ClockMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the caller's department may do now on one suggestion assigned to it; another department's is not found. */
@Service
@Transactional(readOnly = true)
public class DepartmentDesk {

    private final SuggestionAccess access;
    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final ClockMapper clockRecords;
    private final Deadlines deadlines;
    private final HandlingClocks clocks;

    DepartmentDesk(
            SuggestionAccess access,
            AssignmentMapper assignments,
            HandlingRecordMapper records,
            ClockMapper clockRecords,
            Deadlines deadlines,
            HandlingClocks clocks) {
        this.access = access;
        this.assignments = assignments;
        this.records = records;
        this.clockRecords = clockRecords;
        this.deadlines = deadlines;
        this.clocks = clocks;
    }

    public DepartmentActions actions(CurrentUser user, long id) {
        boolean handler = user.hasRole(Role.DEPT_HANDLER);
        boolean leader = user.hasRole(Role.DEPT_LEADER);
        if (!handler && !leader) {
            throw new AccessDeniedException("only a department's handlers and leaders act for it");
        }
        Suggestion suggestion = access.visible(user, id);
        List<Assignment> all = assignments.findBySuggestion(id);
        Assignment own = all.stream()
                .filter(a -> a.active() && user.departmentId() != null && a.departmentId() == user.departmentId())
                .findFirst()
                .orElseThrow(() -> NotFoundException.of("suggestion", id));
        int missingOpinions = suggestion.handlingRound() != 1
                ? 0
                : (int) all.stream()
                        .filter(a -> a.active()
                                && a.role() == AssignmentRole.CO
                                && !a.opinionWaived()
                                && a.state() != AssignmentState.OPINION_GIVEN)
                        .count();
        Reply pending = records.findReplies(id).stream()
                .filter(r -> r.assignmentId() == own.id() && r.awaitingSignOff())
                .reduce((first, second) -> second)
                .orElse(null);
        boolean extensionAsked = clockRecords.findExtensions(id).stream().anyMatch(x -> x.assignmentId() == own.id());
        DepartmentActions.Facts facts = new DepartmentActions.Facts(
                own,
                pending,
                records.countContacts(own.id()) > 0,
                missingOpinions,
                extensionAsked,
                deadlines.today(),
                clocks.maxExtensionMonths());
        return DepartmentActions.of(facts, user.login(), handler, leader);
    }

    public int maxExtensionMonths() {
        return clocks.maxExtensionMonths();
    }

    /** "Due soon" is the first reminder's window, as on the department's work lists. */
    public int dueSoonDays() {
        return clocks.dueSoonDays();
    }
}
