package org.deputyflow.motion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.motion.MotionProgress;
import org.springframework.stereotype.Component;

/** The implementation report's timers fired: remind staff, or report it overdue. */
@Component("motionAlarm")
class MotionAlarm implements JavaDelegate {

    private final MotionProgress progress;

    MotionAlarm(MotionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long motionId = (Long) execution.getVariable(MotionProcess.VAR_MOTION_ID);
        switch (execution.getCurrentActivityId()) {
            case MotionProcess.TASK_SEND_IMPLEMENTATION_REMINDER -> progress.implementationReminder(motionId);
            case MotionProcess.TASK_ESCALATE_IMPLEMENTATION -> progress.implementationOverdue(motionId);
            default -> throw new IllegalStateException("no alarm at " + execution.getCurrentActivityId());
        }
    }
}
