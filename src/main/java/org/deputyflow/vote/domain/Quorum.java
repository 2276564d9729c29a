package org.deputyflow.vote.domain;

/** A vote may open only when more than this share of all members is present. */
public record Quorum(Fraction share) {

    public Quorum {
        java.util.Objects.requireNonNull(share, "share");
    }

    public boolean isMet(int electorate, int present) {
        return electorate > 0 && share.isExceededBy(present, electorate);
    }

    public long smallestAttendance(int electorate) {
        return share.smallestCountAbove(electorate);
    }
}
