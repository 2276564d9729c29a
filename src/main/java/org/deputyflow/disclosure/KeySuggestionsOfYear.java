package org.deputyflow.disclosure;

import java.time.Instant;
import java.util.List;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.suggestion.reporting.AnnualSources;
import org.deputyflow.suggestion.reporting.domain.KeySuggestionCount;
import org.springframework.stereotype.Component;

/** Counts a year's key suggestions for the annual report, by status and the lead department's reply class. */
@Component
class KeySuggestionsOfYear implements AnnualSources.KeySuggestions {

    private final KeySuggestionMapper mapper;

    KeySuggestionsOfYear(KeySuggestionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<KeySuggestionCount> keySuggestionCounts(Instant from, Instant until) {
        return mapper.countsSubmittedBetween(from, until);
    }
}
