package org.deputyflow.suggestion;

import java.util.EnumSet;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the attachment module may know of a suggestion: whether the caller may read it (then they may read its
 * files) and whether they may add or remove files now. The suggestion's own rules decide; its tables stay its own.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionFiles {

    /** The lead deputy adds and removes files until screening has accepted the suggestion (or while it is returned). */
    static final Set<SuggestionStatus> OPEN_FOR_FILES =
            EnumSet.of(SuggestionStatus.AWAITING_COSIGNERS, SuggestionStatus.SUBMITTED, SuggestionStatus.RETURNED);

    /**
     * A suggestion as the attachment module sees it.
     *
     * @param confidential its files are never shown on a public page
     * @param mayChangeFiles the caller may add files and remove their own now
     */
    public record FileHolder(long id, String number, boolean confidential, boolean mayChangeFiles) {}

    private final SuggestionAccess access;

    SuggestionFiles(SuggestionAccess access) {
        this.access = access;
    }

    /** The suggestion if the caller may read it; 404 otherwise, as for the suggestion itself. */
    public FileHolder readable(CurrentUser user, long id) {
        Suggestion suggestion = access.visible(user, id);
        return holder(user, suggestion);
    }

    /**
     * Locks the suggestion for a change of its files, so that a file does not slip in beside a screening: 404 if
     * the caller may not read it, 403 if they are not its lead deputy, 409 once screening has accepted it.
     */
    @Transactional
    public FileHolder lockForFiles(CurrentUser user, long id) {
        Suggestion suggestion = access.lockVisible(user, id);
        if (!leadDeputy(user, suggestion)) {
            throw new AccessDeniedException("only the lead deputy adds files to a suggestion");
        }
        SuggestionAccess.requireStatus(suggestion, OPEN_FOR_FILES);
        return holder(user, suggestion);
    }

    private static FileHolder holder(CurrentUser user, Suggestion suggestion) {
        return new FileHolder(
                suggestion.id(),
                suggestion.number(),
                suggestion.confidential(),
                leadDeputy(user, suggestion) && OPEN_FOR_FILES.contains(suggestion.status()));
    }

    private static boolean leadDeputy(CurrentUser user, Suggestion suggestion) {
        return user.hasRole(Role.DEPUTY)
                && user.deputyId() != null
                && user.deputyId() == suggestion.submitterDeputyId();
    }
}
