package org.deputyflow.shared.process;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.deputyflow.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The open task at one element of one record's process, as every module finds and completes it:
 * the record's id is the business key, and a step that is not open is the caller's 409.
 */
@Component
public class OpenTasks {

    private final TaskService tasks;

    OpenTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    public Optional<Task> find(String processKey, long recordId, String taskKey) {
        return tasks
                .createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(recordId))
                .taskDefinitionKey(taskKey)
                .list()
                .stream()
                .findFirst();
    }

    public Task require(String processKey, long recordId, String taskKey, String notOpenMessage) {
        return find(processKey, recordId, taskKey).orElseThrow(() -> new ConflictException(notOpenMessage));
    }

    public void complete(
            String processKey, long recordId, String taskKey, String notOpenMessage, Map<String, Object> variables) {
        tasks.complete(require(processKey, recordId, taskKey, notOpenMessage).getId(), variables);
    }
}
