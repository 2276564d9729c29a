package org.deputyflow.suggestion;

import java.util.List;
import java.util.Optional;
import org.deputyflow.shared.persistence.TransactionReads;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.springframework.stereotype.Component;

/**
 * The suggestion, its assignments and replies, read once per transaction: an action's service, the process
 * listeners and the timers' date expressions all ask for them. A write through the suggestion's or
 * the assignments' mapper makes the next read go to the database again (see {@link TransactionReads}).
 */
@Component
class SuggestionReads {

    private final SuggestionMapper suggestions;
    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final TransactionReads reads;

    SuggestionReads(
            SuggestionMapper suggestions,
            AssignmentMapper assignments,
            HandlingRecordMapper records,
            TransactionReads reads) {
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.records = records;
        this.reads = reads;
    }

    Optional<Suggestion> suggestion(long id) {
        return reads.once(SuggestionMapper.class, "findById", id, () -> suggestions.findById(id));
    }

    /** Reads and locks the row; the lock holds until commit, so the readers after this one get it from here. */
    Optional<Suggestion> lock(long id) {
        Optional<Suggestion> locked = suggestions.lockById(id);
        reads.keep(SuggestionMapper.class, "findById", id, locked);
        return locked;
    }

    Optional<Assignment> assignment(long id) {
        return reads.once(AssignmentMapper.class, "findById", id, () -> assignments.findById(id));
    }

    /** The replies of every round to the suggestion, in the order they were written. */
    List<Reply> repliesOf(long suggestionId) {
        return reads.once(
                HandlingRecordMapper.class,
                "findReplies",
                suggestionId,
                () -> List.copyOf(records.findReplies(suggestionId)));
    }

    List<Assignment> assignmentsOf(long suggestionId) {
        return reads.once(
                AssignmentMapper.class,
                "findBySuggestion",
                suggestionId,
                () -> List.copyOf(assignments.findBySuggestion(suggestionId)));
    }
}
