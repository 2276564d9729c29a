package org.deputyflow.motion.domain;

/**
 * What a reader may do with a motion: each of the steps the motion's services take after submission,
 * in the order the motion passes them. Which are allowed now is {@link MotionPolicy}'s to say.
 */
public enum MotionAction {
    /** The lead deputy adds files to the motion or removes their own, while the signers have not all signed. */
    CHANGE_FILES,
    /** An invited co-signer accepts or declines. */
    CO_SIGN,
    /** Staff accept the form or return the motion. */
    REVIEW_FORM,
    /** The council (presidium) puts it on the agenda, refers it to a committee, or does not list it. */
    DECIDE,
    /** Staff record the special committee's report. */
    RECORD_REPORT,
    /** The council decides on the committee's report. */
    DECIDE_AFTER_REPORT,
    /** Staff record the meeting that deliberated it. */
    RECORD_MEETING,
    /** Staff record how the adopted law or decision is implemented. */
    REPORT_IMPLEMENTATION,
    /** Staff or council convert an unlisted motion into a suggestion. */
    CONVERT
}
