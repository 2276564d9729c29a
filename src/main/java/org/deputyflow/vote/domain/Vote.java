package org.deputyflow.vote.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A satisfaction vote on one department's work or rectification report at one meeting. A follow-up
 * vote (round 2) repeats a vote whose outcome was unsatisfied and names it as its previous vote. The
 * rule is recorded when the vote is counted, so a later change of configuration does not change a
 * published result.
 */
public record Vote(
        long id,
        String title,
        LocalDate meetingDate,
        long departmentId,
        String reportTitle,
        int round,
        Long previousVoteId,
        VoteStatus status,
        int electorateSize,
        Integer presentCount,
        Outcome outcome,
        ThresholdBase ruleBase,
        Fraction ruleSatisfiedShare,
        Fraction ruleAcceptableShare,
        long createdBy,
        Instant createdAt,
        Instant openedAt,
        Instant closedAt) {

    public boolean isFollowUp() {
        return previousVoteId != null;
    }

    /** The rule the vote was counted with; empty until it is closed. */
    public Optional<TallyRule> rule() {
        return ruleBase == null
                ? Optional.empty()
                : Optional.of(new TallyRule(ruleBase, ruleSatisfiedShare, ruleAcceptableShare));
    }
}
