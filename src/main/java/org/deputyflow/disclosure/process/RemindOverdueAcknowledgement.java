package org.deputyflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.disclosure.SupervisingKeySuggestions;
import org.springframework.stereotype.Component;

@Component(SupervisionProcess.Delegates.REMIND)
class RemindOverdueAcknowledgement implements JavaDelegate {

    private final SupervisingKeySuggestions supervision;

    RemindOverdueAcknowledgement(SupervisingKeySuggestions supervision) {
        this.supervision = supervision;
    }

    @Override
    public void execute(DelegateExecution execution) {
        supervision.acknowledgementOverdue(
                ((Number) execution.getVariable(SupervisionProcess.Variables.RECIPIENT_ID)).longValue());
    }
}
