package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** Progress on a B or C reply (跟踪办理); {@code delivered} ends the follow-up. */
public record FollowUp(
        long id, long assignmentId, String content, boolean delivered, String writtenBy, Instant writtenAt) {}
