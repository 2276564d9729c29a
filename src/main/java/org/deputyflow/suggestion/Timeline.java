package org.deputyflow.suggestion;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.TimelineMapper;
import org.springframework.stereotype.Component;

/** Writes the one timeline line of each action, in the action's transaction. */
@Component
class Timeline {

    private final TimelineMapper timeline;
    private final Deadlines deadlines;

    Timeline(TimelineMapper timeline, Deadlines deadlines) {
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    void record(long suggestionId, CurrentUser actor, TimelineAction action, String comment) {
        record(suggestionId, actor, action, null, comment);
    }

    void record(long suggestionId, CurrentUser actor, TimelineAction action, Long departmentId, String comment) {
        timeline.insert(suggestionId, deadlines.now(), actor.login(), actor.displayName(), action, departmentId,
                comment == null || comment.isBlank() ? null : comment.strip());
    }
}
