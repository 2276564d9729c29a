package org.deputyflow.motion.domain;

/** How many motions stand at one status with one decision (null before the council decided). */
public record MotionCount(MotionStatus status, DecisionOutcome outcome, long count) {}
