package org.deputyflow.suggestion;

import java.util.Optional;

/**
 * Which suggestions the council follows as key suggestions (重点建议), and who supervises each.
 * The council's choice is kept by another module, which implements this port: the suggestion
 * module asks, it never reaches into that module.
 */
public interface KeySuggestionPolicy {

    /** The login of the council member who supervises the suggestion, or empty when it is not a key suggestion. */
    Optional<String> supervisingLeader(long suggestionId);

    default boolean isKey(long suggestionId) {
        return supervisingLeader(suggestionId).isPresent();
    }
}
