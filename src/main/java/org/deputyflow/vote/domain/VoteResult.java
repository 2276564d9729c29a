package org.deputyflow.vote.domain;

/**
 * A counted vote: who could vote, who was there, what the ballots said and what that means.
 *
 * @param membersVoted the members whose ballot was taken; more than the ballots counted when held
 *        ballots were lost (a restart while the vote was open), so that staff can repeat the vote
 */
public record VoteResult(Vote vote, Tally tally, int membersVoted, Decision decision, Consequence consequence) {

    public int electorateSize() {
        return vote.electorateSize();
    }

    public int present() {
        return vote.presentCount() == null ? 0 : vote.presentCount();
    }

    /** Ballots taken but not in the tally; zero when every ballot was counted. */
    public int ballotsLost() {
        return membersVoted - tally.cast();
    }

    public boolean complete() {
        return ballotsLost() == 0;
    }
}
