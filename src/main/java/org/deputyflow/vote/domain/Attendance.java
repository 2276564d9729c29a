package org.deputyflow.vote.domain;

/** How many of the electorate are present, and whether that is a quorum. */
public record Attendance(int electorateSize, int present, long quorumNeeded) {

    public boolean quorate() {
        return present >= quorumNeeded;
    }
}
