package org.deputyflow.suggestion.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a suggestion stands; the process moves it, the services check it before every action. */
public enum SuggestionStatus {
    AWAITING_COSIGNERS,
    SUBMITTED,
    RETURNED,
    CONVERTED_TO_LETTER,
    WITHDRAWN,
    MERGED,
    ACCEPTED,
    IN_HANDLING,
    REPLIED,
    AWAITING_REHANDLING_DECISION,
    REHANDLING,
    FOLLOW_UP,
    CLOSED;

    private static final Set<SuggestionStatus> BEFORE_ASSIGNMENT =
            EnumSet.of(AWAITING_COSIGNERS, SUBMITTED, RETURNED, ACCEPTED);
    private static final Set<SuggestionStatus> BEING_HANDLED = EnumSet.of(IN_HANDLING, REHANDLING);

    /** A deputy may still withdraw; staff may still merge. */
    public boolean beforeAssignment() {
        return BEFORE_ASSIGNMENT.contains(this);
    }

    /** Departments are at work. */
    public boolean beingHandled() {
        return BEING_HANDLED.contains(this);
    }
}
