package org.deputyflow.motion.domain;

import java.time.Instant;

/** One line of the motion list. */
public record MotionSummary(
        long id,
        String number,
        String title,
        MotionStatus status,
        String leadDeputyName,
        Instant createdAt,
        Long convertedSuggestionId) {}
