package org.deputyflow.suggestion.domain;

/** Everything a person can do to a suggestion; each action is one timeline line. */
public enum TimelineAction {
    SUBMITTED,
    CO_SIGNATURE_ACCEPTED,
    CO_SIGNATURE_DECLINED,
    WITHDRAWAL_AGREED,
    WITHDRAWN,
    ACCEPTED,
    RETURNED,
    CONVERTED_TO_LETTER,
    REVISED,
    MERGED,
    ASSIGNED,
    CLAIMED,
    UNCLAIMED,
    DISPUTED,
    DISPUTE_UPHELD,
    REASSIGNED,
    CONTACT_LOGGED,
    OPINION_SUBMITTED,
    REPLY_SUBMITTED,
    REPLY_APPROVED,
    REPLY_SENT_BACK,
    EVALUATED,
    REHANDLING_ORDERED,
    REHANDLING_DECLINED,
    FOLLOW_UP_REPORTED,
    DELIVERED
}
