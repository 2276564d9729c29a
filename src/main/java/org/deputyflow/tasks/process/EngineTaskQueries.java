package org.deputyflow.tasks.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.process.OpenTasks;
import org.deputyflow.tasks.OpenTask;
import org.springframework.stereotype.Component;

/**
 * The caller's open engine tasks in some processes: those assigned to them and the unclaimed ones in
 * one of their groups' queues (role names, department code, department leaders), oldest first. One
 * query covers every process; only a page's process instances and definitions are read.
 */
@Component
public class EngineTaskQueries {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    /** A deployed process definition never changes its key: read once per definition, not once per page. */
    private final Map<String, String> definitionKeys = new ConcurrentHashMap<>();

    EngineTaskQueries(TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    /** An open task with the key of its process, whose module describes it. */
    public record QueuedTask(String processKey, OpenTask task) {}

    /** How many open tasks the caller has in these processes, at one step ({@code taskKey}) or at any when null. */
    public long count(CurrentUser user, String[] processKeys, String taskKey) {
        return query(user, processKeys, taskKey).count();
    }

    /** One page of them, oldest first. */
    public List<QueuedTask> page(CurrentUser user, String[] processKeys, String taskKey, long offset, int limit) {
        List<Task> found = query(user, processKeys, taskKey)
                .orderByTaskCreateTime()
                .asc()
                .orderByTaskId()
                .asc()
                .listPage((int) offset, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Long> recordIds = OpenTasks.recordIds(runtime, found);
        String[] unknown = found.stream()
                .map(Task::getProcessDefinitionId)
                .distinct()
                .filter(id -> !definitionKeys.containsKey(id))
                .toArray(String[]::new);
        if (unknown.length > 0) {
            repository
                    .createProcessDefinitionQuery()
                    .processDefinitionIdIn(unknown)
                    .list()
                    .forEach(definition -> definitionKeys.put(definition.getId(), definition.getKey()));
        }
        return found.stream()
                .map(task -> new QueuedTask(
                        definitionKeys.get(task.getProcessDefinitionId()),
                        new OpenTask(
                                task.getId(),
                                task.getTaskDefinitionKey(),
                                task.getName(),
                                recordIds.get(task.getProcessInstanceId()),
                                task.getCreateTime().toInstant(),
                                task.getDueDate() == null
                                        ? null
                                        : task.getDueDate().toInstant(),
                                task.getAssignee())))
                .toList();
    }

    /** The caller's own tasks and their groups' unclaimed ones, in these processes. */
    private TaskQuery query(CurrentUser user, String[] processKeys, String taskKey) {
        List<String> groups = new ArrayList<>();
        user.roles().forEach(role -> groups.add(role.name()));
        if (user.departmentCode() != null) {
            groups.add(user.departmentCode());
            if (user.hasRole(Role.DEPT_LEADER)) {
                groups.add(Department.leadersGroupOf(user.departmentCode()));
            }
        }
        TaskQuery query = tasks.createTaskQuery().processDefinitionKeyIn(processKeys);
        if (taskKey != null) {
            query.taskDefinitionKey(taskKey);
        }
        return query.or()
                .taskAssignee(user.login())
                .taskCandidateGroupIn(groups)
                .endOr();
    }
}
