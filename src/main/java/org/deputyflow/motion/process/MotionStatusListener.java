package org.deputyflow.motion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.deputyflow.motion.MotionProgress;
import org.springframework.stereotype.Component;

/** Moves the motion's status as the process reaches a waiting point or an end. */
@Component("motionStatusListener")
class MotionStatusListener implements ExecutionListener {

    private final MotionProgress progress;

    MotionStatusListener(MotionProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long motionId = (Long) execution.getVariable(MotionProcess.VAR_MOTION_ID);
        progress.reached(motionId, MotionProcess.STATUS_AT.get(execution.getCurrentActivityId()));
    }
}
