package org.deputyflow.vote.domain;

/** Where a vote stands: prepared (attendance is taken), open for ballots, or closed and counted. */
public enum VoteStatus {
    /** 筹备中 */
    PREPARING,
    /** 投票中 */
    OPEN,
    /** 已计票 */
    CLOSED
}
