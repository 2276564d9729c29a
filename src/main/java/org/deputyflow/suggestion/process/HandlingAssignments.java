package org.deputyflow.suggestion.process;

import java.util.List;
import org.deputyflow.suggestion.SuggestionProgress;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.springframework.stereotype.Component;

/** The multi-instance collections of the process: which departments work now, which follow up. Public: the process calls it. */
@Component("handlingAssignments")
public class HandlingAssignments {

    private final SuggestionProgress progress;

    HandlingAssignments(SuggestionProgress progress) {
        this.progress = progress;
    }

    public List<Long> current(Long suggestionId) {
        return progress.activeAssignmentIds(suggestionId, AssignmentState.where(AssignmentState::workable));
    }

    public List<Long> followingUp(Long suggestionId) {
        return progress.activeAssignmentIds(suggestionId, List.of(AssignmentState.FOLLOW_UP));
    }
}
