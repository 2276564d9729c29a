package org.deputyflow.disclosure.domain;

import java.util.List;
import java.util.stream.Stream;

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
        Integer daysTaken) {

    /** The exports' columns, in the order of {@link #cells()}. */
    public static final List<String> COLUMNS = List.of(
            "serialNo",
            "title",
            "leadDepartment",
            "supervisingLeader",
            "progress",
            "status",
            "resultClass",
            "evaluation",
            "daysTaken");

    /** The line as the exports write it, an absent text as an empty cell. */
    public String[] cells() {
        return Stream.of(
                        serialNo,
                        title,
                        leadDepartment,
                        supervisingLeader,
                        progress,
                        status,
                        resultClass,
                        evaluation,
                        daysTaken == null ? null : daysTaken.toString())
                .map(cell -> cell == null ? "" : cell)
                .toArray(String[]::new);
    }
}
