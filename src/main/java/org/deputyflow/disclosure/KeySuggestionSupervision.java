package org.deputyflow.disclosure;

import java.util.Optional;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.shared.persistence.TransactionReads;
import org.deputyflow.suggestion.KeySuggestionPolicy;
import org.springframework.stereotype.Component;

/** Answers the suggestion module's question "is this a key suggestion, and who supervises it?". */
@Component
class KeySuggestionSupervision implements KeySuggestionPolicy {

    private final KeySuggestionMapper mapper;
    private final TransactionReads reads;

    KeySuggestionSupervision(KeySuggestionMapper mapper, TransactionReads reads) {
        this.mapper = mapper;
        this.reads = reads;
    }

    /** Asked at several steps of one action (the timeline, the timers, the notices): read once per transaction. */
    @Override
    public Optional<String> supervisingLeader(long suggestionId) {
        return reads.once(
                KeySuggestionMapper.class,
                "supervisingLeader",
                suggestionId,
                () -> mapper.supervisingLeader(suggestionId));
    }
}
