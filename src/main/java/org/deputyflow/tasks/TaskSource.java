package org.deputyflow.tasks;

import java.util.List;

/**
 * A module whose records carry tasks: it names its process and turns a page of that process's open
 * tasks into list lines. The task list finds the tasks in the engine, one query for every process,
 * so this module needs to know none of the others; each of them implements this port.
 */
public interface TaskSource {

    RecordType recordType();

    /** The BPMN process whose user tasks belong to this module's records. */
    String processKey();

    /**
     * The lines of these tasks, one each and in the same order; every task is of
     * {@link #processKey()}. Reads the records of the whole page at once.
     */
    List<TaskItem> describe(List<OpenTask> tasks);

    /** Requests waiting for the deputy outside the engine (invitations to co-sign), counted in the database. */
    default long countRequests(long deputyId) {
        return 0;
    }

    /** One page of those requests, in a stable order, paged in the database. */
    default List<TaskItem> requests(long deputyId, long offset, int limit) {
        return List.of();
    }
}
