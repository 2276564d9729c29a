package org.deputyflow.suggestion;

import java.util.Collection;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.persistence.SuggestionSearch;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which suggestion: a deputy what they signed (and what it was merged into), a
 * department what is assigned to it, staff, council and admins everything. A suggestion outside
 * the caller's scope is "not found", so its existence is not revealed.
 */
@Component
class SuggestionAccess {

    private final SuggestionMapper suggestions;
    private final SuggestionReads reads;

    SuggestionAccess(SuggestionMapper suggestions, SuggestionReads reads) {
        this.suggestions = suggestions;
        this.reads = reads;
    }

    SuggestionSearch scope(CurrentUser user, SuggestionStatus status, Long departmentId, String q) {
        if (user.hasAnyRole(Role.STAFF, Role.COUNCIL, Role.ADMIN)) {
            return new SuggestionSearch(status, departmentId, q, null, null);
        }
        if (user.hasRole(Role.DEPUTY)) {
            return new SuggestionSearch(status, departmentId, q, user.deputyId(), null);
        }
        if (user.hasAnyRole(Role.DEPT_HANDLER, Role.DEPT_LEADER)) {
            return new SuggestionSearch(status, departmentId, q, null, user.departmentId());
        }
        throw new AccessDeniedException("no suggestions for this role");
    }

    Suggestion visible(CurrentUser user, long id) {
        SuggestionSearch scope = scope(user, null, null, null);
        if (unrestricted(scope)) {
            return reads.suggestion(id).orElseThrow(() -> notFound(id));
        }
        return suggestions.findVisible(id, scope).orElseThrow(() -> notFound(id));
    }

    /** Reads and locks the suggestion: concurrent actions on it take turns, and the loser sees the new state. */
    Suggestion lockVisible(CurrentUser user, long id) {
        requireVisible(user, id);
        return reads.lock(id).orElseThrow(() -> notFound(id));
    }

    static void requireStatus(Suggestion suggestion, SuggestionStatus... allowed) {
        for (SuggestionStatus status : allowed) {
            if (suggestion.status() == status) {
                return;
            }
        }
        throw new ConflictException(
                "error.suggestion.wrongStatus",
                suggestion.number(),
                Text.of("status." + suggestion.status().name()));
    }

    static void requireStatus(Suggestion suggestion, Collection<SuggestionStatus> allowed) {
        requireStatus(suggestion, allowed.toArray(SuggestionStatus[]::new));
    }

    private void requireVisible(CurrentUser user, long id) {
        SuggestionSearch scope = scope(user, null, null, null);
        if (unrestricted(scope)) {
            // the read after this says whether it exists
            return;
        }
        if (!suggestions.visible(id, scope)) {
            throw notFound(id);
        }
    }

    /** Staff, council and admins see every suggestion. */
    private static boolean unrestricted(SuggestionSearch scope) {
        return scope.scopeDeputyId() == null && scope.scopeDepartmentId() == null;
    }

    private static NotFoundException notFound(long id) {
        return NotFoundException.of("suggestion", id);
    }
}
