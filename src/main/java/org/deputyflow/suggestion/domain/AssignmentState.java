package org.deputyflow.suggestion.domain;

/** Where one department stands on one suggestion. */
public enum AssignmentState {
    /** in the department's queue or with a handler */
    HANDLING,
    /** the department says it is the wrong handler; staff decide */
    DISPUTED,
    /** the reply waits for the department leader */
    AWAITING_SIGN_OFF,
    /** the signed-off reply has reached the deputy */
    REPLIED,
    /** a co-unit's opinion is with the lead unit */
    OPINION_GIVEN,
    /** staff waived a co-unit's overdue opinion: its part ended without one */
    OPINION_WAIVED,
    /** staff moved the suggestion to another department */
    REASSIGNED,
    /** handling again after an unsatisfied evaluation */
    REHANDLING,
    /** a B or C reply tracked until delivery */
    FOLLOW_UP,
    /** nothing more is owed */
    DONE;

    /** A handler works on it now: claim, contacts, drafts. */
    public boolean workable() {
        return this == HANDLING || this == REHANDLING;
    }
}
