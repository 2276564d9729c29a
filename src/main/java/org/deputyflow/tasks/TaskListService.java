package org.deputyflow.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.SuggestionTasks;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's task list: engine tasks assigned to them or waiting in one of their groups'
 * queues (role names, department code, department leaders) and, for a deputy, the co-signature
 * requests to answer first. Both page in the database; the rest is read in batches per page.
 */
@Service
@Transactional(readOnly = true)
public class TaskListService {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SuggestionTasks suggestionTasks;

    TaskListService(TaskService tasks, RuntimeService runtime, SuggestionTasks suggestionTasks) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.suggestionTasks = suggestionTasks;
    }

    public Page<TaskItem> tasksOf(CurrentUser user, PageRequest page) {
        long coSignatures = user.deputyId() == null ? 0 : suggestionTasks.countCoSignatureRequests(user.deputyId());
        long engineTasks = query(user).count();
        List<TaskItem> items = new ArrayList<>();
        if (page.offset() < coSignatures) {
            List<Long> ids = suggestionTasks.coSignatureRequests(user.deputyId(), page.offset(), page.size());
            Map<Long, Suggestion> byId = suggestionTasks.suggestions(ids);
            for (Long id : ids) {
                Suggestion s = byId.get(id);
                items.add(new TaskItem(null, "答复附议邀请", "CO_SIGNATURE", id, s.number(), s.title(), null,
                        s.createdAt(), null, null));
            }
        }
        int room = page.size() - items.size();
        if (room > 0 && engineTasks > 0) {
            int offset = (int) Math.max(0, page.offset() - coSignatures);
            items.addAll(describe(query(user).orderByTaskCreateTime().asc().listPage(offset, room)));
        }
        return Page.of(items, page, coSignatures + engineTasks);
    }

    private List<TaskItem> describe(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Long> suggestionByInstance = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, pi -> Long.valueOf(pi.getBusinessKey())));
        Map<String, Long> assignmentByTask = runtime.createVariableInstanceQuery()
                .taskIdIn(found.stream().map(Task::getId).toArray(String[]::new))
                .variableName(SuggestionProcess.VAR_ASSIGNMENT_ID).list().stream()
                .collect(Collectors.toMap(VariableInstance::getTaskId, v -> (Long) v.getValue()));
        Map<Long, Suggestion> suggestions = suggestionTasks.suggestions(suggestionByInstance.values());
        Map<Long, Assignment> assignments = suggestionTasks.assignments(assignmentByTask.values());
        List<TaskItem> items = new ArrayList<>();
        for (Task task : found) {
            Long suggestionId = suggestionByInstance.get(task.getProcessInstanceId());
            Suggestion suggestion = suggestions.get(suggestionId);
            Long assignmentId = assignmentByTask.get(task.getId());
            Assignment assignment = assignmentId == null ? null : assignments.get(assignmentId);
            items.add(new TaskItem(task.getId(), task.getName(), task.getTaskDefinitionKey(), suggestionId,
                    suggestion.number(), suggestion.title(), assignment == null ? null : assignment.departmentId(),
                    task.getCreateTime().toInstant(),
                    SuggestionTasks.due(task.getTaskDefinitionKey(), suggestion, assignment), task.getAssignee()));
        }
        return items;
    }

    private TaskQuery query(CurrentUser user) {
        List<String> groups = new ArrayList<>();
        user.roles().forEach(role -> groups.add(role.name()));
        if (user.departmentCode() != null) {
            groups.add(user.departmentCode());
            if (user.hasRole(Role.DEPT_LEADER)) {
                groups.add(Department.leadersGroupOf(user.departmentCode()));
            }
        }
        return tasks.createTaskQuery().processDefinitionKey(SuggestionProcess.KEY)
                .or().taskAssignee(user.login()).taskCandidateGroupIn(groups).endOr();
    }
}
