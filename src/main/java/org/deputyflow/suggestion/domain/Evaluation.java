package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** The deputy's rating of one department's reply in one round of handling. */
public record Evaluation(
        long id,
        long assignmentId,
        int round,
        Rating attitude,
        Rating result,
        String reason,
        String confidentialNote,
        long deputyId,
        Instant evaluatedAt) {}
