package org.deputyflow.motion.domain;

/** What the council or presidium decides about a motion. */
public enum DecisionOutcome {
    PUT_ON_AGENDA,
    REFER_TO_COMMITTEE,
    NOT_LISTED
}
