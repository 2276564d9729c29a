package org.deputyflow.suggestion;

import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Allocates readable numbers, {@code 2026-0001}, unique per year and without gaps: the year's
 * counter row stays locked until the submitting transaction ends, and a rollback gives the
 * number back.
 */
@Component
class SuggestionNumbers {

    private final SuggestionMapper suggestions;

    SuggestionNumbers(SuggestionMapper suggestions) {
        this.suggestions = suggestions;
    }

    String next(int year) {
        Integer last = suggestions.lockNumberYear(year);
        if (last == null) {
            try {
                suggestions.insertNumberYear(year);
            } catch (DuplicateKeyException raced) {
                // another submission opened the year first; its row is what we lock next
            }
            last = suggestions.lockNumberYear(year);
        }
        int next = last + 1;
        suggestions.setNumberYear(year, next);
        return "%d-%04d".formatted(year, next);
    }
}
