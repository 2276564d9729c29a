package org.deputyflow.notification.domain;

/** Where an e-mail of the outbox stands. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a sender until its lock runs out. */
    SENDING,
    SENT,
    /** Every attempt failed; an admin may try again. */
    FAILED
}
