package org.deputyflow.suggestion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.deputyflow.suggestion.SuggestionProgress;
import org.springframework.stereotype.Component;

/** Tells a department's handling instance whether it is a co-unit, for the role gateway. */
@Component("assignmentRoleListener")
class AssignmentRoleListener implements ExecutionListener {

    private final SuggestionProgress progress;

    AssignmentRoleListener(SuggestionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long assignmentId = (Long) execution.getVariable(SuggestionProcess.VAR_ASSIGNMENT_ID);
        execution.setVariableLocal(SuggestionProcess.VAR_CO_UNIT, progress.isCoUnit(assignmentId));
    }
}
