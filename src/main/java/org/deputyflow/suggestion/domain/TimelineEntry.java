package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** One line of a suggestion's timeline: who did what, when, with what comment. */
public record TimelineEntry(long id, long suggestionId, Instant at, String actor, String actorName,
        TimelineAction action, Long departmentId, String comment) {
}
