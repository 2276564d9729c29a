package org.deputyflow.motion.domain;

import java.time.LocalDate;

/**
 * A motion waiting for the caller: a co-signature to answer, a form to check, a decision to take
 * or a committee report to record; {@code due} is the signing deadline or the report's due date.
 */
public record MotionTask(long id, String number, String title, MotionStatus status, LocalDate due) {}
