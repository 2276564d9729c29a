package org.deputyflow.disclosure.domain;

/** What a reader may do with one version of a quarterly disclosure. */
public enum DisclosureAction {
    /** Staff add their commentary and pass it to the council. */
    REVIEW,
    /** The council approves it at one of its meetings; it is published at once. */
    APPROVE,
    /** The council sends it back to review with a reason. */
    SEND_BACK,
    /** Staff start a new version of a published one that replaces it. */
    CORRECT
}
