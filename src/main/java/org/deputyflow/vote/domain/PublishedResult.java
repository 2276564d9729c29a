package org.deputyflow.vote.domain;

/** A closed vote with its counts, as the public pages show it. */
public record PublishedResult(Vote vote, Tally tally) {

    public int ballotsCast() {
        return tally.cast();
    }
}
