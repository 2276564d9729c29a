package org.deputyflow.motion.domain;

import java.time.Instant;

/**
 * One line of a motion's timeline. A line the product worded keeps its bundle codes ({@code commentTexts}, not
 * shown) beside its rendering in the office's language, so that {@link #reading} puts it in a reader's language.
 */
public record MotionTimelineEntry(
        Instant occurredAt,
        String actor,
        String actorName,
        MotionTimelineAction action,
        String comment,
        String commentTexts) {

    public MotionTimelineEntry reading(String actorName, String comment) {
        return new MotionTimelineEntry(occurredAt, actor, actorName, action, comment, null);
    }
}
