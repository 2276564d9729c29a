package org.deputyflow.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A department's written explanation (书面说明) of a follow-up still open at a year end, with staff's
 * decision: null while it awaits review.
 */
public record FollowUpExplanation(
        long id,
        long assignmentId,
        LocalDate yearEnd,
        String content,
        String writtenBy,
        Instant writtenAt,
        Decision decision,
        String decidedBy,
        Instant decidedAt,
        String decisionComment) {

    public enum Decision {
        ACCEPTED,
        SENT_BACK
    }
}
