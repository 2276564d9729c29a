package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.util.List;

/** A supervising leader's instruction (督办意见) and the departments it reached, each acknowledging it. */
public record SupervisionInstruction(
        long id,
        long keySuggestionId,
        String content,
        String writtenBy,
        Instant writtenAt,
        List<InstructionRecipient> recipients) {

    /** Whether every department it reached has acknowledged it. */
    public boolean acknowledged() {
        return recipients.stream().allMatch(InstructionRecipient::acknowledged);
    }
}
