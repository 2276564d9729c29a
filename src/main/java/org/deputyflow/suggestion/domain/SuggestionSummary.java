package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** A line of a suggestion list. */
public record SuggestionSummary(
        long id,
        String number,
        String title,
        String category,
        Period period,
        SuggestionStatus status,
        String submitterName,
        Instant createdAt,
        Instant submittedAt) {}
