package org.deputyflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.disclosure.InstructingDepartments;
import org.springframework.stereotype.Component;

@Component(SupervisionProcess.Delegates.REMIND)
class RemindOverdueAcknowledgement implements JavaDelegate {

    private final InstructingDepartments instructions;

    RemindOverdueAcknowledgement(InstructingDepartments instructions) {
        this.instructions = instructions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        instructions.acknowledgementOverdue(
                ((Number) execution.getVariable(SupervisionProcess.Variables.RECIPIENT_ID)).longValue());
    }
}
