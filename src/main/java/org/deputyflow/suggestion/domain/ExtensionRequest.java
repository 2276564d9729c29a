package org.deputyflow.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A department's request for more time to reply (延期), and staff's decision. */
public record ExtensionRequest(
        long id,
        long assignmentId,
        int months,
        String reason,
        String requestedBy,
        Instant requestedAt,
        LocalDate previousDue,
        Boolean approved,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        LocalDate newDue) {

    public boolean open() {
        return approved == null;
    }
}
