package org.deputyflow.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a department's reply (答复) and the leader's sign-off (签发) of it. */
public record Reply(
        long id,
        long assignmentId,
        int round,
        ResultClass resultClass,
        String content,
        LocalDate planDate,
        boolean publishable,
        String notPublishableReason,
        String writtenBy,
        Instant writtenAt,
        Boolean approved,
        String decidedBy,
        Instant decidedAt,
        String decisionComment) {

    public boolean awaitingSignOff() {
        return approved == null;
    }
}
