package org.deputyflow.motion.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.deputyflow.shared.process.OpenTasks;
import org.springframework.stereotype.Component;

/** The motion process as the services drive it, inside the caller's Spring transaction. */
@Component
public class MotionEngine {

    private final RuntimeService runtime;
    private final OpenTasks openTasks;

    MotionEngine(RuntimeService runtime, OpenTasks openTasks) {
        this.runtime = runtime;
        this.openTasks = openTasks;
    }

    public void start(long motionId) {
        runtime.startProcessInstanceByKey(
                MotionProcess.KEY, String.valueOf(motionId), Map.of(MotionProcess.VAR_MOTION_ID, motionId));
    }

    /** Enough signers have confirmed: the motion leaves the signing wait for the form check. */
    public void signersComplete(long motionId) {
        runtime.createMessageCorrelation(MotionProcess.MESSAGE_SIGNERS_COMPLETE)
                .processInstanceBusinessKey(String.valueOf(motionId))
                .correlate();
    }

    public void complete(long motionId, String activityId, Map<String, Object> flags) {
        openTasks.complete(MotionProcess.KEY, motionId, activityId, "error.motion.stepNotOpen", flags);
    }
}
