package org.deputyflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.disclosure.Disclosures;
import org.springframework.stereotype.Component;

@Component(DisclosureProcess.Delegates.PUBLISH)
class PublishDisclosure implements JavaDelegate {

    private final Disclosures disclosures;

    PublishDisclosure(Disclosures disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        disclosures.publish((Long) execution.getVariable(DisclosureProcess.Variables.DISCLOSURE_ID));
    }
}
