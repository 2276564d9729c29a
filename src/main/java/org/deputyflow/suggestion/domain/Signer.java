package org.deputyflow.suggestion.domain;

import java.time.Instant;

/** The lead deputy or a co-signer of a suggestion, with the name the directory gives. */
public record Signer(
        long suggestionId,
        long deputyId,
        String name,
        boolean lead,
        SignerAnswer answer,
        Instant answeredAt,
        boolean withdrawalAgreed) {

    /** Counts as a signer: the lead, or a co-signer who has not declined. */
    public boolean signs() {
        return answer != SignerAnswer.DECLINED;
    }
}
