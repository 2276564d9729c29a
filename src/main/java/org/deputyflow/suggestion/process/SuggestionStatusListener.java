package org.deputyflow.suggestion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.deputyflow.suggestion.SuggestionProgress;
import org.springframework.stereotype.Component;

/** Moves the suggestion's status as the process reaches a waiting point or an end. */
@Component("suggestionStatusListener")
class SuggestionStatusListener implements ExecutionListener {

    private final SuggestionProgress progress;

    SuggestionStatusListener(SuggestionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long suggestionId = (Long) execution.getVariable(SuggestionProcess.VAR_SUGGESTION_ID);
        String activityId = execution.getCurrentActivityId();
        if (activityId.startsWith(SuggestionProcess.SUBPROCESS_HANDLING)) {
            progress.handlingStarted(suggestionId);
        } else {
            // a multi-instance body starts before its instances: the element is the same
            progress.reached(
                    suggestionId, SuggestionProcess.STATUS_AT.get(activityId.split("#")[0]));
        }
    }
}
