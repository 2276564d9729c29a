package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** A handler's contact with the deputy (沟通联系). */
public record ContactRecord(
        long id,
        long assignmentId,
        ContactMethod method,
        Instant contactedAt,
        String summary,
        String recordedBy,
        Instant recordedAt) {}
