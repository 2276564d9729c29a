package org.deputyflow.suggestion.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.deputyflow.suggestion.SuggestionProgress;
import org.springframework.stereotype.Component;

/**
 * Gives the lead deputy their own task: revising a returned suggestion, evaluating the reply, confirming a
 * department's delivery. A confirmation belongs to one department's follow-up and carries its assignment id,
 * so services find it among parallel leads' confirmations.
 */
@Component("deputyTaskListener")
class DeputyTaskListener implements TaskListener {

    private final SuggestionProgress progress;

    DeputyTaskListener(SuggestionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        long suggestionId = (Long) task.getVariable(SuggestionProcess.VAR_SUGGESTION_ID);
        task.setAssignee(progress.leadDeputyLogin(suggestionId));
        if (SuggestionProcess.TASK_CONFIRM_DELIVERY.equals(task.getTaskDefinitionKey())) {
            task.setVariableLocal(
                    SuggestionProcess.VAR_ASSIGNMENT_ID, task.getVariable(SuggestionProcess.VAR_ASSIGNMENT_ID));
        }
    }
}
