package org.deputyflow.disclosure;

import java.util.Optional;

import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.suggestion.KeySuggestionPolicy;
import org.springframework.stereotype.Component;

/** Answers the suggestion module's question "is this a key suggestion, and who supervises it?". */
@Component
class KeySuggestionSupervision implements KeySuggestionPolicy {

    private final KeySuggestionMapper mapper;

    KeySuggestionSupervision(KeySuggestionMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<String> supervisingLeader(long suggestionId) {
        return mapper.supervisingLeader(suggestionId);
    }
}
