package org.deputyflow.vote.domain;

/** Where a department's rectification report stands. */
public enum RectificationStatus {
    /** 待提交：owed by the department (again, after staff returned it) */
    DUE,
    /** 待审核：submitted, waiting for staff */
    SUBMITTED,
    /** 已通过：accepted by staff */
    ACCEPTED
}
