package org.deputyflow.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a task list: the record it is about ({@code recordType} and {@code recordId} lead to
 * it; number and title name it) and the step to take. {@code taskId} is null for a co-signature
 * request, which is not an engine task; {@code kind} is the step's element id, or
 * {@value #CO_SIGNATURE} for such a request.
 */
public record TaskItem(
        RecordType recordType,
        long recordId,
        String number,
        String title,
        String taskId,
        String name,
        String kind,
        Long departmentId,
        Instant created,
        LocalDate due,
        String claimedBy) {

    public static final String CO_SIGNATURE = "CO_SIGNATURE";

    /** A deputy's invitation to co-sign a record, answered in that record's API; the list names it. */
    public static TaskItem coSignatureRequest(
            RecordType type, long recordId, String number, String title, Instant created, LocalDate due) {
        return new TaskItem(type, recordId, number, title, null, null, CO_SIGNATURE, null, created, due, null);
    }

    /** The same line with the name its reader reads. */
    public TaskItem named(String name) {
        return new TaskItem(
                recordType, recordId, number, title, taskId, name, kind, departmentId, created, due, claimedBy);
    }
}
