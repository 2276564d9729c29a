package org.deputyflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.disclosure.Disclosures;
import org.deputyflow.disclosure.domain.Quarter;
import org.springframework.stereotype.Component;

/** Freezes the quarter's figures; the timer names no quarter, so it means the one that just ended. */
@Component(DisclosureProcess.Delegates.BUILD_SNAPSHOT)
class BuildDisclosureSnapshot implements JavaDelegate {

    private final Disclosures disclosures;
    private final CalendarService calendar;

    BuildDisclosureSnapshot(Disclosures disclosures, CalendarService calendar) {
        this.disclosures = disclosures;
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer year = (Integer) execution.getVariable(DisclosureProcess.Variables.YEAR);
        Integer quarter = (Integer) execution.getVariable(DisclosureProcess.Variables.QUARTER);
        Quarter period = year == null ? Quarter.before(calendar.today()) : new Quarter(year, quarter);
        Long replacesId = (Long) execution.getVariable(DisclosureProcess.Variables.REPLACES_ID);
        long id = disclosures.build(period, replacesId);
        execution.setVariable(DisclosureProcess.Variables.DISCLOSURE_ID, id);
        execution.setProcessBusinessKey(DisclosureWorkflow.businessKey(id));
    }
}
