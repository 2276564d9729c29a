package org.deputyflow.disclosure.domain;

/**
 * What a supervising leader records besides instructions: a visit, or a face-to-face meeting. People read
 * them by the bundle keys {@code supervisionKind.VISIT} and {@code supervisionKind.MEETING}.
 */
public enum SupervisionKind {
    /** 督办调研: the leader visits the department or the place the suggestion is about */
    VISIT,
    /** 面商/座谈: the leader meets the deputies and the departments together */
    MEETING
}
