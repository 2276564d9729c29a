package org.deputyflow.suggestion.domain;

/**
 * How a reader of a suggestion stands to one thing recorded on it (a timeline entry, a dispute, a
 * reply draft, an urge, an extension request): what they may read of it depends on this alone.
 */
public enum ReaderRelation {
    /** The deputy who submitted the suggestion. */
    LEAD_DEPUTY,
    /** Any other deputy who may read it: a co-signer, or a signer of a suggestion merged into it. */
    CO_SIGNER,
    STAFF,
    COUNCIL,
    ADMIN,
    /** A handler or leader of the department the thing concerns. */
    CONCERNED_DEPARTMENT,
    /** A handler or leader of another department the suggestion is assigned to. */
    OTHER_DEPARTMENT,
    /** A handler or leader of a department the suggestion is not (or no longer) assigned to: reads nothing. */
    UNRELATED_DEPARTMENT;

    public boolean deputy() {
        return this == LEAD_DEPUTY || this == CO_SIGNER;
    }

    /** Staff, council and admins read everything about every suggestion. */
    public boolean overseer() {
        return this == STAFF || this == COUNCIL || this == ADMIN;
    }
}
