package org.deputyflow.tasks;

import java.time.Instant;

/**
 * An engine task on one page of a task list, as a {@link TaskSource} needs it: the record is the
 * process instance's business key.
 */
public record OpenTask(
        String id, String taskKey, String name, long recordId, Instant created, Instant dueAt, String assignee) {}
