package org.deputyflow.motion.domain;

/** The actions a motion's timeline records. */
public enum MotionAction {
    SUBMITTED, CO_SIGNATURE_ACCEPTED, CO_SIGNATURE_DECLINED, SIGNERS_COMPLETE, LAPSED, FORM_ACCEPTED, FORM_RETURNED,
    DECIDED, COMMITTEE_REPORTED, CONVERTED
}
