package org.deputyflow.disclosure.domain;

/**
 * A key suggestion as it stood when the snapshot was built; texts are the published words.
 * {@code leadDepartment} names every lead department, joined with 、; the supervising leader and the
 * approved progress sentence are empty in snapshots built before they were published.
 */
public record KeyLine(
        int lineNo,
        String serialNo,
        String title,
        String leadDepartment,
        String supervisingLeader,
        String progress,
        String status,
        String resultClass,
        String evaluation,
        Integer daysTaken) {}
