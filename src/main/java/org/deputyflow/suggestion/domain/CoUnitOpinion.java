package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** A co-unit's written opinion to the lead unit (协办意见). */
public record CoUnitOpinion(long id, long assignmentId, String content, String writtenBy, Instant writtenAt) {}
