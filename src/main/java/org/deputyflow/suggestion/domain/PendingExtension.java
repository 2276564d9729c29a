package org.deputyflow.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/** An extension request that staff have not decided yet, with what they need to find it. */
public record PendingExtension(
        long requestId,
        long suggestionId,
        String number,
        String title,
        long departmentId,
        String departmentName,
        int months,
        String reason,
        Instant requestedAt,
        LocalDate previousDue) {}
