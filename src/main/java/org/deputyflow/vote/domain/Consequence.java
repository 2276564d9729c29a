package org.deputyflow.vote.domain;

/** What an outcome obliges the department and the committee to do next. */
public enum Consequence {
    /** 满意：nothing more */
    NONE,
    /** 基本满意：a rectification report within the rectification period */
    RECTIFICATION_REPORT,
    /** 不满意：rectify, report again and face a new vote at the next meeting */
    RECTIFY_AND_VOTE_AGAIN,
    /** 连续两次不满意：flagged for a formal inquiry (质询) */
    FORMAL_INQUIRY;

    /**
     * @param previousUnsatisfied whether this vote repeats one whose outcome was unsatisfied
     */
    public static Consequence of(Outcome outcome, boolean previousUnsatisfied) {
        return switch (outcome) {
            case SATISFIED -> NONE;
            case BASICALLY_SATISFIED -> RECTIFICATION_REPORT;
            case UNSATISFIED -> previousUnsatisfied ? FORMAL_INQUIRY : RECTIFY_AND_VOTE_AGAIN;
        };
    }
}
