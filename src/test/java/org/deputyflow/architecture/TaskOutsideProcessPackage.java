package org.deputyflow.architecture;

import org.camunda.bpm.engine.TaskService;

/** A use case that queries engine tasks itself, as the rule forbids. */
public class TaskOutsideProcessPackage {

    public long openTasks(TaskService tasks) {
        return tasks.createTaskQuery().count();
    }
}
