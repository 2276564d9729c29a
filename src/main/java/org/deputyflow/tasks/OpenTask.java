package org.deputyflow.tasks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An engine task on one page of a task list, as a {@link TaskSource} needs it: the record is the
 * process instance's business key.
 */
public record OpenTask(
        String id, String taskKey, String name, long recordId, Instant created, Instant dueAt, String assignee) {

    /** The task's line in a list, about the record its source names. */
    public TaskItem item(
            RecordType type, long recordId, String number, String title, Long departmentId, LocalDate due) {
        return new TaskItem(type, recordId, number, title, id, name, taskKey, departmentId, created, due, assignee);
    }
}
