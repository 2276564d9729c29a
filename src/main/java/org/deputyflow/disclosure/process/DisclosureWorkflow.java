package org.deputyflow.disclosure.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.shared.process.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * The disclosure's steps as the engine sees them, called inside the disclosure service's
 * transaction so that a disclosure's row and its process instance move together.
 */
@Component
public class DisclosureWorkflow {

    private final RuntimeService runtime;
    private final OpenTasks openTasks;

    DisclosureWorkflow(RuntimeService runtime, OpenTasks openTasks) {
        this.runtime = runtime;
        this.openTasks = openTasks;
    }

    /** Starts an instance; the snapshot is built before this returns. @return the disclosure's id */
    public long start(Quarter quarter, Long replacesId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisclosureProcess.Variables.YEAR, quarter.year());
        variables.put(DisclosureProcess.Variables.QUARTER, quarter.quarter());
        if (replacesId != null) {
            variables.put(DisclosureProcess.Variables.REPLACES_ID, replacesId);
        }
        // the engine allows a timer start beside a message start, not beside a none start
        ProcessInstance instance =
                runtime.startProcessInstanceByMessage(DisclosureProcess.Messages.REQUESTED, variables);
        return (Long) runtime.getVariable(instance.getId(), DisclosureProcess.Variables.DISCLOSURE_ID);
    }

    public void reviewed(long disclosureId) {
        complete(disclosureId, DisclosureProcess.Elements.REVIEW, "error.disclosure.task.reviewNotOpen", Map.of());
    }

    public void decided(long disclosureId, boolean approved) {
        complete(
                disclosureId,
                DisclosureProcess.Elements.APPROVE,
                "error.disclosure.task.approvalNotOpen",
                Map.of(DisclosureProcess.Variables.APPROVED, approved));
    }

    private void complete(long disclosureId, String taskKey, String notOpen, Map<String, Object> variables) {
        openTasks.complete(DisclosureProcess.KEY, disclosureId, taskKey, notOpen, variables);
    }

    static String businessKey(long disclosureId) {
        return Long.toString(disclosureId);
    }
}
