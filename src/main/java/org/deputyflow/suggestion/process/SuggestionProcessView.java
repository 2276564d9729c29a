package org.deputyflow.suggestion.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.deputyflow.shared.process.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * What the pages read from the engine about a suggestion's process: the deployed diagram with the
 * steps it waits at, and the deputy's own open tasks of one kind.
 */
@Component
public class SuggestionProcessView {

    private static final Set<String> PROCESS_ENDS = Set.of(
            SuggestionProcess.END_CLOSED,
            SuggestionProcess.END_CONVERTED,
            SuggestionProcess.END_WITHDRAWN,
            SuggestionProcess.END_MERGED);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;

    SuggestionProcessView(
            RepositoryService repository, RuntimeService runtime, HistoryService history, TaskService tasks) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
    }

    /** The BPMN XML the suggestion's instance runs on and the element ids it is at. */
    public record Diagram(String xml, List<String> activeActivityIds) {}

    /**
     * A running instance shows where it waits; a finished one the end event it reached; a
     * suggestion whose process has not started (co-signers still to answer) the current model.
     */
    public Diagram diagram(long suggestionId) {
        String businessKey = String.valueOf(suggestionId);
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .list();
        if (!running.isEmpty()) {
            ProcessInstance instance = running.get(0);
            return new Diagram(xml(instance.getProcessDefinitionId()), runtime.getActiveActivityIds(instance.getId()));
        }
        List<HistoricProcessInstance> finished = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, 1);
        if (!finished.isEmpty()) {
            HistoricProcessInstance instance = finished.get(0);
            return new Diagram(xml(instance.getProcessDefinitionId()), endReached(instance));
        }
        String latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .latestVersion()
                .singleResult()
                .getId();
        return new Diagram(xml(latest), List.of());
    }

    /**
     * The process-level end event a finished instance reached; the instance's own end activity can
     * name the event sub-process (withdrawal, merge) instead of the end event inside it.
     */
    private List<String> endReached(HistoricProcessInstance instance) {
        List<String> reached =
                history
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .finished()
                        .list()
                        .stream()
                        .map(HistoricActivityInstance::getActivityId)
                        .filter(PROCESS_ENDS::contains)
                        .distinct()
                        .toList();
        if (!reached.isEmpty()) {
            return reached;
        }
        return instance.getEndActivityId() == null ? List.of() : List.of(instance.getEndActivityId());
    }

    public long countTasksOf(String login, String taskDefinitionKey) {
        return assignedTo(login, taskDefinitionKey).count();
    }

    /** The suggestions whose task of this kind waits for this user, newest first. */
    public List<Long> suggestionsWithTasksOf(String login, String taskDefinitionKey, long offset, int limit) {
        List<Task> found = assignedTo(login, taskDefinitionKey)
                .orderByTaskCreateTime()
                .desc()
                .listPage((int) offset, limit);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Long> suggestionByInstance = OpenTasks.recordIds(runtime, found);
        return found.stream()
                .map(task -> suggestionByInstance.get(task.getProcessInstanceId()))
                .distinct()
                .toList();
    }

    private TaskQuery assignedTo(String login, String taskDefinitionKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .taskDefinitionKey(taskDefinitionKey)
                .taskAssignee(login);
    }

    private String xml(String processDefinitionId) {
        try (InputStream model = repository.getProcessModel(processDefinitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
