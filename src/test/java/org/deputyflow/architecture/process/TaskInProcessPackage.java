package org.deputyflow.architecture.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** A process package's class that reads an engine task, as the rule allows. */
public class TaskInProcessPackage {

    public String firstTaskId(TaskService tasks) {
        Task task = tasks.createTaskQuery().singleResult();
        return task == null ? null : task.getId();
    }
}
