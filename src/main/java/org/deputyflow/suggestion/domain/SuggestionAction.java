package org.deputyflow.suggestion.domain;

/**
 * Everything a reader can do with a suggestion, whoever does it: {@link SuggestionPolicy} says which of
 * them the reader may do now, and why not the others.
 */
public enum SuggestionAction {
    // the deputies'
    ANSWER_CO_SIGNATURE,
    AGREE_WITHDRAWAL,
    REVISE,
    EVALUATE,
    ANSWER_DELIVERY,
    // the committee staff's
    SCREEN,
    MERGE,
    ASSIGN,
    DECIDE_DISPUTE,
    APPROVE_EXTENSION,
    REFUSE_EXTENSION,
    WAIVE_OPINION,
    URGE,
    DECIDE_REHANDLING,
    REVIEW_EXPLANATION,
    CONFIRM_DELIVERY,
    CLOSE_NOT_EVALUATED,
    // the department's, on its own part
    CLAIM,
    UNCLAIM,
    DISPUTE,
    LOG_CONTACT,
    SUBMIT_OPINION,
    SUBMIT_REPLY,
    SIGN_OFF,
    REPORT_FOLLOW_UP,
    REQUEST_EXTENSION,
    EXPLAIN;

    /** Done by a deputy who signed the suggestion. */
    public boolean deputys() {
        return ordinal() <= ANSWER_DELIVERY.ordinal();
    }

    /** Done by committee staff. */
    public boolean staffs() {
        return ordinal() >= SCREEN.ordinal() && ordinal() <= CLOSE_NOT_EVALUATED.ordinal();
    }

    /** Done by a department's leader on its own part: the others of the department are its handlers'. */
    public boolean leaders() {
        return this == SIGN_OFF || this == REQUEST_EXTENSION;
    }

    /** Done by a department's handler on its own part. */
    public boolean handlers() {
        return ordinal() >= CLAIM.ordinal() && !leaders();
    }
}
