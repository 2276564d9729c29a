package org.deputyflow.suggestion.domain;

import java.time.Instant;

/**
 * One line of a suggestion's timeline: who did what, when, with what comment; {@code departmentId}
 * is the department the line concerns, if it concerns one.
 */
public record TimelineEntry(
        long id,
        long suggestionId,
        Instant at,
        String actor,
        String actorName,
        TimelineAction action,
        Long departmentId,
        String comment,
        String commentTexts) {

    public TimelineEntry withoutComment() {
        return new TimelineEntry(id, suggestionId, at, actor, actorName, action, departmentId, null, null);
    }

    /** The line with its comment as one reader reads it; the stored codes are not shown. */
    public TimelineEntry reading(String comment) {
        return new TimelineEntry(id, suggestionId, at, actor, actorName, action, departmentId, comment, null);
    }
}
