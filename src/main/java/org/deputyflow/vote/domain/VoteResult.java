package org.deputyflow.vote.domain;

/** A counted vote: who could vote, who was there, what the ballots said and what that means. */
public record VoteResult(Vote vote, Tally tally, Decision decision, Consequence consequence) {

    public int electorateSize() {
        return vote.electorateSize();
    }

    public int present() {
        return vote.presentCount() == null ? 0 : vote.presentCount();
    }
}
