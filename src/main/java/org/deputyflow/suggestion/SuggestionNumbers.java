package org.deputyflow.suggestion;

import org.deputyflow.shared.persistence.YearlyNumbers;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.springframework.stereotype.Component;

/** Suggestion numbers, {@code 2026-0001}, from the suggestions' own counter table. */
@Component
class SuggestionNumbers extends YearlyNumbers {

    SuggestionNumbers(SuggestionMapper suggestions) {
        super("%d-%04d", suggestions::incrementNumberYear, suggestions::findNumberYear);
    }
}
