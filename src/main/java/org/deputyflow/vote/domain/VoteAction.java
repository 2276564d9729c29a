package org.deputyflow.vote.domain;

/** What a reader may do with a vote: each use case's step, and reading its result. */
public enum VoteAction {
    /** Staff record who is present, until the ballot opens. */
    RECORD_ATTENDANCE,
    /** Staff open the ballot once the quorum is present. */
    OPEN,
    /** A present member of the electorate casts their one secret ballot. */
    CAST_BALLOT,
    /** Staff enter a paper ballot box while the ballot is open. */
    RECORD_PAPER_BALLOTS,
    /** Staff close the ballot and count it. */
    CLOSE,
    /** Whoever sees the vote reads its result once it is counted. */
    VIEW_RESULT,
    /** The leader of the department voted on hands in the rectification report it owes. */
    SUBMIT_REPORT,
    /** Staff accept or return a rectification report handed in. */
    REVIEW_REPORT
}
