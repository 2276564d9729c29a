package org.deputyflow.disclosure.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.deputyflow.shared.process.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * An instruction's acknowledgements as the engine sees them, called inside the supervision
 * service's transaction so that a recipient's row and its process instance move together.
 */
@Component
public class SupervisionWorkflow {

    private final RuntimeService runtime;
    private final OpenTasks openTasks;

    SupervisionWorkflow(RuntimeService runtime, OpenTasks openTasks) {
        this.runtime = runtime;
        this.openTasks = openTasks;
    }

    /** The department's task to acknowledge, with its due date and the reminder after it. */
    public void sent(long recipientId, String departmentCode) {
        runtime.startProcessInstanceByKey(
                SupervisionProcess.KEY,
                Long.toString(recipientId),
                Map.of(
                        SupervisionProcess.Variables.RECIPIENT_ID,
                        recipientId,
                        SupervisionProcess.Variables.DEPARTMENT_CODE,
                        departmentCode));
    }

    public void acknowledged(long recipientId) {
        openTasks.complete(
                SupervisionProcess.KEY,
                recipientId,
                SupervisionProcess.Elements.ACKNOWLEDGE,
                "error.supervision.acknowledged.already",
                Map.of());
    }
}
