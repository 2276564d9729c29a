package org.deputyflow.motion.domain;

import java.time.Instant;

public record MotionTimelineEntry(Instant occurredAt, String actor, String actorName, MotionAction action,
        String comment) {
}
