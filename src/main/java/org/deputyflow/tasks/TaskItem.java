package org.deputyflow.tasks;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a task list; {@code taskId} is null for a co-signature request, which is not an engine task. */
public record TaskItem(String taskId, String name, String kind, long suggestionId, String number, String title,
        Long departmentId, Instant created, LocalDate due, String claimedBy) {
}
