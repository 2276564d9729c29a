package org.deputyflow.motion.domain;

import java.util.List;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.suggestion.domain.CoSigners;

/**
 * How many deputies a motion needs in all, the lead included. Co-signers are named as for a
 * suggestion; naming fewer than needed is allowed, because the motion waits for signers until it
 * lapses, but more than the suggestion limit would swamp the invitations.
 */
public record SignatureRule(int minSigners) {

    public SignatureRule {
        if (minSigners < 1) {
            throw new IllegalArgumentException("a motion needs at least its lead deputy");
        }
    }

    public List<Long> coSigners(long leadDeputyId, List<Long> coSignerIds) {
        List<Long> coSigners = CoSigners.validate(leadDeputyId, coSignerIds);
        if (coSigners.isEmpty() && minSigners > 1) {
            throw new BadRequestException("coSignerIds", "error.motion.signers.tooFew", minSigners);
        }
        return coSigners;
    }

    /** The lead counts as one signer. */
    public boolean enough(long acceptedSigners) {
        return acceptedSigners >= minSigners;
    }
}
