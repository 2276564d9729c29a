package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** A department's claim that it is the wrong handler (申请调整), and staff's ruling. */
public record Dispute(
        long id,
        long assignmentId,
        String reason,
        String raisedBy,
        Instant raisedAt,
        Boolean upheld,
        String decidedBy,
        Instant decidedAt) {

    public boolean open() {
        return upheld == null;
    }
}
