package org.deputyflow.vote.domain;

/** The result of a vote: the grade the department's work receives. */
public enum Outcome {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    UNSATISFIED;

    public String label() {
        return switch (this) {
            case SATISFIED -> "满意";
            case BASICALLY_SATISFIED -> "基本满意";
            case UNSATISFIED -> "不满意";
        };
    }
}
