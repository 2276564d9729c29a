package org.deputyflow.motion.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.deputyflow.shared.ConflictException;
import org.springframework.stereotype.Component;

/** The motion process as the services drive it, inside the caller's Spring transaction. */
@Component
public class MotionEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    MotionEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public void start(long motionId) {
        runtime.startProcessInstanceByKey(MotionProcess.KEY, String.valueOf(motionId),
                Map.of(MotionProcess.VAR_MOTION_ID, motionId));
    }

    /** Enough signers have confirmed: the motion leaves the signing wait for the form check. */
    public void signersComplete(long motionId) {
        runtime.createMessageCorrelation(MotionProcess.MESSAGE_SIGNERS_COMPLETE)
                .processInstanceBusinessKey(String.valueOf(motionId)).correlate();
    }

    public void complete(long motionId, String activityId, Map<String, Object> flags) {
        Task task = tasks.createTaskQuery().processDefinitionKey(MotionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(motionId)).taskDefinitionKey(activityId).list().stream()
                .findFirst().orElseThrow(() -> new ConflictException("该议案当前不在这一办理环节"));
        tasks.complete(task.getId(), flags);
    }
}
