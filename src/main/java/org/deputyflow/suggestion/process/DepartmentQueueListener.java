package org.deputyflow.suggestion.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.deputyflow.suggestion.SuggestionProgress;
import org.deputyflow.suggestion.domain.Assignment;
import org.springframework.stereotype.Component;

/**
 * Puts a department's task in its queue: the department code for handlers, the leaders' group for
 * sign-off. A handler who had claimed the assignment gets the task back directly. Every task of
 * an assignment carries its id, so services find it.
 */
@Component("departmentQueueListener")
class DepartmentQueueListener implements TaskListener {

    private final SuggestionProgress progress;

    DepartmentQueueListener(SuggestionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        long assignmentId = (Long) task.getVariable(SuggestionProcess.VAR_ASSIGNMENT_ID);
        Assignment assignment = progress.assignment(assignmentId);
        task.setVariableLocal(SuggestionProcess.VAR_ASSIGNMENT_ID, assignmentId);
        if (SuggestionProcess.TASK_DECIDE_DISPUTE.equals(task.getTaskDefinitionKey())
                || SuggestionProcess.TASK_REVIEW_EXPLANATION.equals(task.getTaskDefinitionKey())) {
            // staff's task: it stays in the STAFF queue and only needs to know its assignment
            return;
        }
        if (SuggestionProcess.TASK_SIGN_OFF.equals(task.getTaskDefinitionKey())) {
            task.addCandidateGroup(SuggestionProcess.leadersGroup(assignment.departmentCode()));
            return;
        }
        task.addCandidateGroup(assignment.departmentCode());
        if (assignment.claimedBy() != null) {
            task.setAssignee(assignment.claimedBy());
        }
    }
}
