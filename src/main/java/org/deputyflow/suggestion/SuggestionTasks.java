package org.deputyflow.suggestion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.SignerMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.deputyflow.tasks.OpenTask;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskItem;
import org.deputyflow.tasks.TaskSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions in the task lists: co-signature requests and, per engine task, the suggestion, the
 * department whose assignment it is and the date the step is due by.
 */
@Service
@Transactional(readOnly = true)
public class SuggestionTasks implements TaskSource {

    private final SuggestionMapper suggestions;
    private final AssignmentMapper assignments;
    private final SignerMapper signers;
    private final RuntimeService runtime;

    SuggestionTasks(
            SuggestionMapper suggestions, AssignmentMapper assignments, SignerMapper signers, RuntimeService runtime) {
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.signers = signers;
        this.runtime = runtime;
    }

    @Override
    public RecordType recordType() {
        return RecordType.SUGGESTION;
    }

    @Override
    public String processKey() {
        return SuggestionProcess.KEY;
    }

    @Override
    public long countRequests(long deputyId) {
        return signers.countPendingFor(deputyId);
    }

    @Override
    public List<TaskItem> requests(long deputyId, long offset, int limit) {
        List<Long> ids = signers.pendingFor(deputyId, offset, limit);
        Map<Long, Suggestion> byId = suggestions(ids);
        return ids.stream()
                .map(byId::get)
                .map(s -> TaskItem.coSignatureRequest(
                        RecordType.SUGGESTION, s.id(), s.number(), s.title(), s.createdAt(), null))
                .toList();
    }

    @Override
    public List<TaskItem> describe(List<OpenTask> tasks) {
        Map<Long, Suggestion> byId =
                suggestions(tasks.stream().map(OpenTask::recordId).distinct().toList());
        Map<String, Long> assignmentByTask = runtime
                .createVariableInstanceQuery()
                .taskIdIn(tasks.stream().map(OpenTask::id).toArray(String[]::new))
                .variableName(SuggestionProcess.VAR_ASSIGNMENT_ID)
                .list()
                .stream()
                .collect(Collectors.toMap(VariableInstance::getTaskId, v -> (Long) v.getValue()));
        Map<Long, Assignment> assignmentById = assignments(assignmentByTask.values());
        List<TaskItem> items = new ArrayList<>();
        for (OpenTask task : tasks) {
            Suggestion suggestion = byId.get(task.recordId());
            Long assignmentId = assignmentByTask.get(task.id());
            Assignment assignment = assignmentId == null ? null : assignmentById.get(assignmentId);
            items.add(task.item(
                    RecordType.SUGGESTION,
                    task.recordId(),
                    suggestion.number(),
                    suggestion.title(),
                    assignment == null ? null : assignment.departmentId(),
                    due(task.taskKey(), suggestion, assignment)));
        }
        return items;
    }

    public Map<Long, Suggestion> suggestions(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : suggestions.findByIds(ids).stream().collect(Collectors.toMap(Suggestion::id, Function.identity()));
    }

    public Map<Long, Assignment> assignments(Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : assignments.findByIds(ids).stream().collect(Collectors.toMap(Assignment::id, Function.identity()));
    }

    /** The date a task is due by: the clock its step runs against. */
    public static LocalDate due(String taskDefinitionKey, Suggestion suggestion, Assignment assignment) {
        return switch (taskDefinitionKey) {
            case SuggestionProcess.TASK_SCREEN -> suggestion == null ? null : suggestion.screeningDue();
            case SuggestionProcess.TASK_WRITE_OPINION -> assignment == null ? null : assignment.opinionDue();
            case SuggestionProcess.TASK_HANDLE, SuggestionProcess.TASK_SIGN_OFF ->
                assignment == null ? null : assignment.replyDue();
            default -> null;
        };
    }
}
