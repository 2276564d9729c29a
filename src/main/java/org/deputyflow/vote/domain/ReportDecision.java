package org.deputyflow.vote.domain;

/** What staff decided on a rectification report. */
public enum ReportDecision {
    /** 通过 */
    ACCEPTED,
    /** 退回修改 */
    RETURNED
}
