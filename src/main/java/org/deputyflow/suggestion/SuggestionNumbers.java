package org.deputyflow.suggestion;

import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Allocates readable numbers, {@code 2026-0001}, unique per year and without gaps: one upsert
 * creates or raises the year's counter and keeps its row locked until the submitting transaction
 * ends, and a rollback gives the number back. The year's first submissions need no row in
 * advance and never fail because another deputy submitted at the same moment.
 */
@Component
class SuggestionNumbers {

    private final SuggestionMapper suggestions;

    SuggestionNumbers(SuggestionMapper suggestions) {
        this.suggestions = suggestions;
    }

    String next(int year) {
        try {
            suggestions.incrementNumberYear(year);
        } catch (DuplicateKeyException created) {
            // H2's MERGE does not wait for a row that another transaction is creating: once that
            // one has committed, the row exists and the same statement raises it
            suggestions.incrementNumberYear(year);
        }
        return "%d-%04d".formatted(year, suggestions.findNumberYear(year));
    }
}
