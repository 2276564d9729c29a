package org.deputyflow.motion.domain;

/**
 * Whether a referred motion goes on the agenda of a standing committee meeting: what the special
 * committee recommends in its report, and what the chairpersons' council (presidium) then decides.
 */
public enum AgendaDecision {
    PUT_ON_AGENDA,
    NOT_LISTED
}
