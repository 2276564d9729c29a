package org.deputyflow.disclosure.domain;

/** Where a disclosure stands; only a published one is ever shown to the public. */
public enum DisclosureState {
    IN_REVIEW,
    AWAITING_APPROVAL,
    PUBLISHED
}
