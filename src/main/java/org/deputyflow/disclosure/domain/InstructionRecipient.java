package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One department an instruction reached: its task is open until a handler or leader acknowledges
 * it (签收), with an optional answer, by the due date.
 */
public record InstructionRecipient(
        long id,
        long instructionId,
        long departmentId,
        String departmentName,
        LocalDate acknowledgeDue,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String reply) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Open past its due date on {@code today}. */
    public boolean late(LocalDate today) {
        return !acknowledged() && today.isAfter(acknowledgeDue);
    }
}
