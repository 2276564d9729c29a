package org.deputyflow.shared.process;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.deputyflow.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The open task at one element of one record's process, as every module finds and completes it:
 * the record's id is the business key, and a step that is not open is the caller's 409. Task lists
 * read the records of the tasks they found through {@link #recordIds}.
 */
@Component
public class OpenTasks {

    /**
     * The task query's SQL, written out: the engine's task query builds it from its large dynamic mapping
     * on every call, which costs more than the query itself; lowest id first, as the task query orders.
     */
    private static final String OPEN_TASK = "SELECT T.* FROM ACT_RU_TASK T"
            + " JOIN ACT_RU_EXECUTION P ON P.ID_ = T.PROC_INST_ID_"
            + " JOIN ACT_RE_PROCDEF D ON D.ID_ = T.PROC_DEF_ID_"
            + " WHERE P.BUSINESS_KEY_ = #{recordId} AND T.TASK_DEF_KEY_ = #{taskKey} AND D.KEY_ = #{process}"
            + " ORDER BY T.ID_";

    private final TaskService tasks;

    OpenTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    public Optional<Task> find(String processKey, long recordId, String taskKey) {
        return tasks
                .createNativeTaskQuery()
                .sql(OPEN_TASK)
                .parameter("recordId", String.valueOf(recordId))
                .parameter("taskKey", taskKey)
                .parameter("process", processKey)
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

    /** The record id of each found task's process instance, by instance id, read in one instance query. */
    public static Map<String, Long> recordIds(RuntimeService runtime, Collection<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, instance -> Long.valueOf(instance.getBusinessKey())));
    }
}
