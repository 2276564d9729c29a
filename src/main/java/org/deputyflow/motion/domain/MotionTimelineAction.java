package org.deputyflow.motion.domain;

/**
 * The actions a motion's timeline records, and who reads each line. Staff, council and admins read
 * every line. The deputies who may read a motion (its lead, the deputies invited to co-sign who
 * have not declined) read a line when it says nothing the motion itself does not show them: today
 * every comment repeats the invitation count, the form-check comment or return reason, the
 * council's decision with its committee and comment, or the suggestion the motion became, all of
 * which the motion's page shows its signers. A line that carries an internal note must not be
 * read by deputies.
 */
public enum MotionTimelineAction {
    SUBMITTED(true),
    CO_SIGNATURE_ACCEPTED(true),
    CO_SIGNATURE_DECLINED(true),
    SIGNERS_COMPLETE(true),
    LAPSED(true),
    // the comment is the motion's review comment
    FORM_ACCEPTED(true),
    FORM_RETURNED(true),
    // outcome, committee and decision comment: the motion's own fields, also sent to the lead deputy
    DECIDED(true),
    // the comment is the committee's recommendation; the report text is on the motion
    COMMITTEE_REPORTED(true),
    CONVERTED(true),
    // the council's second decision and its comment, also sent to the lead deputy
    SECOND_DECIDED(true),
    // meeting, number, outcome and comment: the motion's own fields, also sent to the lead deputy
    MEETING_RECORDED(true),
    IMPLEMENTATION_REPORTED(true),
    // the system's line when the implementation report's due date has passed
    IMPLEMENTATION_OVERDUE(true);

    private final boolean readByDeputies;

    MotionTimelineAction(boolean readByDeputies) {
        this.readByDeputies = readByDeputies;
    }

    /** Whether the motion's deputies read the line and its comment; staff, council and admins always do. */
    public boolean readByDeputies() {
        return readByDeputies;
    }
}
