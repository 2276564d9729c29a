package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** Staff chasing a department (催办), with the message it was sent. */
public record Urge(long id, long suggestionId, long assignmentId, String message, String urgedBy, Instant urgedAt) {}
