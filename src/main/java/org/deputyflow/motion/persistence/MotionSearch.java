package org.deputyflow.motion.persistence;

import org.deputyflow.motion.domain.MotionStatus;

/** A list query and the caller's scope: a deputy sees the motions they signed; staff and council all (scope null). */
public record MotionSearch(MotionStatus status, String q, Long scopeDeputyId) {}
