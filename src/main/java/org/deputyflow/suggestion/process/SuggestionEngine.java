package org.deputyflow.suggestion.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.process.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * The suggestion process as the services drive it. Every call joins the caller's Spring
 * transaction, so the domain write and the engine step commit together or not at all.
 */
@Component
public class SuggestionEngine {

    /**
     * A department's open task by the assignment id it carries (see {@code DepartmentQueueListener}), as
     * a native query: the engine's task query would build the same join from its large dynamic
     * mapping on every call, which costs more than the query itself; lowest id first, as it orders.
     */
    private static final String DEPARTMENT_TASK = "SELECT T.* FROM ACT_RU_TASK T"
            + " JOIN ACT_RU_VARIABLE V ON V.TASK_ID_ = T.ID_"
            + " JOIN ACT_RE_PROCDEF D ON D.ID_ = T.PROC_DEF_ID_"
            + " WHERE V.NAME_ = #{name} AND V.TYPE_ = 'long' AND V.LONG_ = #{assignmentId} AND D.KEY_ = #{process}"
            + " ORDER BY T.ID_";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final OpenTasks openTasks;
    private final ManagementService management;
    private final CommandExecutor commands;

    SuggestionEngine(
            ProcessEngine engine,
            RuntimeService runtime,
            TaskService tasks,
            ManagementService management,
            OpenTasks openTasks) {
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.runtime = runtime;
        this.tasks = tasks;
        this.openTasks = openTasks;
        this.management = management;
    }

    public void start(long suggestionId) {
        runtime.startProcessInstanceByKey(
                SuggestionProcess.KEY,
                String.valueOf(suggestionId),
                Map.of(SuggestionProcess.VAR_SUGGESTION_ID, suggestionId));
    }

    /** The open task at this element of the suggestion's process. */
    public OpenStep task(long suggestionId, String activityId) {
        return step(
                openTasks.require(SuggestionProcess.KEY, suggestionId, activityId, "error.suggestion.step.notOpen"));
    }

    /** The open task of one department's assignment, wherever it stands. */
    public Optional<OpenStep> departmentTask(long assignmentId) {
        return tasks
                .createNativeTaskQuery()
                .sql(DEPARTMENT_TASK)
                .parameter("name", SuggestionProcess.VAR_ASSIGNMENT_ID)
                .parameter("assignmentId", assignmentId)
                .parameter("process", SuggestionProcess.KEY)
                .list()
                .stream()
                .findFirst()
                .map(SuggestionEngine::step);
    }

    /** The open task of one department's assignment, if it stands at the named step. */
    public Optional<OpenStep> departmentTask(long assignmentId, String taskKey) {
        return departmentTask(assignmentId).filter(t -> taskKey.equals(t.taskKey()));
    }

    public void complete(OpenStep task, Map<String, Object> variables) {
        tasks.complete(task.taskId(), variables);
    }

    /**
     * Completes a task inside a department's multi-instance with flags local to that department,
     * so that parallel departments never write the same variable.
     */
    public void completeWithLocalFlags(OpenStep task, Map<String, Object> flags) {
        commands.execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(task.executionId());
            if (execution == null) {
                // the department's step ended since its task was found
                throw new ConflictException("error.suggestion.step.notOpen");
            }
            execution.setVariablesLocal(flags);
            return new CompleteTaskCmd(task.taskId(), null).execute(context);
        });
    }

    public void claim(OpenStep task, String login) {
        tasks.claim(task.taskId(), login);
    }

    public void unclaim(OpenStep task) {
        tasks.setAssignee(task.taskId(), null);
    }

    private static OpenStep step(Task task) {
        return new OpenStep(task.getId(), task.getTaskDefinitionKey(), task.getExecutionId());
    }

    public void correlate(String message, long suggestionId) {
        runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(String.valueOf(suggestionId))
                .correlate();
    }

    /** Adds a department to the running handling multi-instance, after staff reassigned a disputed one. */
    public void addDepartment(long suggestionId, long assignmentId) {
        ProcessInstance instance = instance(suggestionId);
        ActivityInstance body = findActivityInstance(
                        runtime.getActivityInstance(instance.getId()),
                        SuggestionProcess.SUBPROCESS_HANDLING + "#multiInstanceBody")
                .orElseThrow(() -> new ConflictException("error.suggestion.step.notWithDepartments"));
        runtime.createProcessInstanceModification(instance.getId())
                .startBeforeActivity(SuggestionProcess.SUBPROCESS_HANDLING, body.getId())
                .setVariableLocal(SuggestionProcess.VAR_ASSIGNMENT_ID, assignmentId)
                .execute();
    }

    /**
     * Moves the pending timers of one department's clock after its due date moved (an approved
     * extension): each named timer start gets the date the function gives.
     */
    public void rescheduleDepartmentClock(long suggestionId, long assignmentId, Function<String, Date> dueOfTimer) {
        ProcessInstance instance = instance(suggestionId);
        for (String timer : SuggestionProcess.DEPARTMENT_CLOCK_TIMERS) {
            for (Job job : management
                    .createJobQuery()
                    .processInstanceId(instance.getId())
                    .activityId(timer)
                    .list()) {
                Object owner = runtime.getVariable(job.getExecutionId(), SuggestionProcess.VAR_ASSIGNMENT_ID);
                if (Long.valueOf(assignmentId).equals(owner)) {
                    management.setJobDuedate(job.getId(), dueOfTimer.apply(timer));
                }
            }
        }
    }

    /**
     * Moves one timer of every department's clock that is running for the suggestion, e.g. the half-time
     * reminder when the suggestion is designated key; the function gives the date for an assignment.
     * A suggestion without a running process, or with no department at work, has nothing to move.
     */
    public void rescheduleDepartmentTimer(long suggestionId, String timer, Function<Long, Date> dueOfAssignment) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(suggestionId))
                .singleResult();
        if (instance == null) {
            return;
        }
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(timer)
                .list()) {
            Long assignmentId = (Long) runtime.getVariable(job.getExecutionId(), SuggestionProcess.VAR_ASSIGNMENT_ID);
            management.setJobDuedate(job.getId(), dueOfAssignment.apply(assignmentId));
        }
    }

    /** The element ids where the suggestion's process now waits, for the timeline view and the diagram. */
    public List<String> activeActivityIds(long suggestionId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(suggestionId))
                .singleResult();
        return instance == null ? List.of() : runtime.getActiveActivityIds(instance.getId());
    }

    private ProcessInstance instance(long suggestionId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(suggestionId))
                .singleResult();
        if (instance == null) {
            throw new ConflictException("error.suggestion.process.notRunning");
        }
        return instance;
    }

    private static Optional<ActivityInstance> findActivityInstance(ActivityInstance root, String activityId) {
        List<ActivityInstance> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            ActivityInstance current = queue.remove(0);
            if (activityId.equals(current.getActivityId())) {
                return Optional.of(current);
            }
            queue.addAll(List.of(current.getChildActivityInstances()));
        }
        return Optional.empty();
    }
}
