package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;

/** An instruction as the department it reached sees it, with the suggestion it is about. */
public record InstructionToDepartment(
        long recipientId,
        long instructionId,
        long suggestionId,
        String serialNo,
        String title,
        String content,
        String writtenBy,
        Instant writtenAt,
        LocalDate acknowledgeDue,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String reply) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
