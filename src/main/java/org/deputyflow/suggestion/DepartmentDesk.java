package org.deputyflow.suggestion;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.DepartmentActions;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the caller's department may do now on one suggestion assigned to it; another department's is not found. */
@Service
@Transactional(readOnly = true)
public class DepartmentDesk {

    private final SuggestionAccess access;
    private final SuggestionPolicies policies;
    private final HandlingClocks clocks;

    DepartmentDesk(SuggestionAccess access, SuggestionPolicies policies, HandlingClocks clocks) {
        this.access = access;
        this.policies = policies;
        this.clocks = clocks;
    }

    public DepartmentActions actions(CurrentUser user, long id) {
        boolean handler = user.hasRole(Role.DEPT_HANDLER);
        boolean leader = user.hasRole(Role.DEPT_LEADER);
        if (!handler && !leader) {
            throw new AccessDeniedException("only a department's handlers and leaders act for it");
        }
        Suggestion suggestion = access.visible(user, id);
        SuggestionPolicy.Facts facts = policies.facts(suggestion);
        SuggestionPolicy.Reader reader = SuggestionPolicies.reader(user);
        Assignment own =
                SuggestionPolicy.ownAssignment(facts, reader).orElseThrow(() -> NotFoundException.of("suggestion", id));
        DepartmentActions.Facts shown = new DepartmentActions.Facts(
                own,
                SuggestionPolicy.pendingReply(facts, own).orElse(null),
                facts.contacted().contains(own.id()),
                SuggestionPolicy.missingOpinions(facts).size(),
                facts.today(),
                clocks.maxExtensionMonths());
        return DepartmentActions.of(SuggestionPolicy.of(facts, reader), shown, user.login());
    }

    public int maxExtensionMonths() {
        return clocks.maxExtensionMonths();
    }

    /** "Due soon" is the first reminder's window, as on the department's work lists. */
    public int dueSoonDays() {
        return clocks.dueSoonDays();
    }
}
