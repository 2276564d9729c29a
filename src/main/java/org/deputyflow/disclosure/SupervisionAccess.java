package org.deputyflow.disclosure;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.persistence.SupervisionMapper;
import org.deputyflow.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may act on a key suggestion's supervision: its supervising leader gives instructions; the leader or
 * staff record activities and draft the progress sentence. Each step holds the key suggestion's row.
 */
@Component
class SupervisionAccess {

    private final SupervisionMapper mapper;

    SupervisionAccess(SupervisionMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads the key suggestion and holds its row until the caller's transaction ends. */
    KeySuggestion lock(long suggestionId) {
        return mapper.lockKeySuggestion(suggestionId)
                .orElseThrow(() -> NotFoundException.of("keySuggestion", suggestionId));
    }

    KeySuggestion leaderOnly(KeySuggestion key, CurrentUser by) {
        if (!by.hasRole(Role.COUNCIL) || !by.login().equals(key.supervisingLeader())) {
            throw new AccessDeniedException("only the key suggestion's supervising leader gives instructions");
        }
        return key;
    }

    KeySuggestion leaderOrStaff(KeySuggestion key, CurrentUser by) {
        if (by.hasRole(Role.STAFF)) {
            return key;
        }
        return leaderOnly(key, by);
    }
}
