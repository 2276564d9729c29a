package org.deputyflow.suggestion.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.deputyflow.suggestion.SuggestionProgress;
import org.springframework.stereotype.Component;

/** Gives the lead deputy their own task: revising a returned suggestion, evaluating the reply. */
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
    }
}
