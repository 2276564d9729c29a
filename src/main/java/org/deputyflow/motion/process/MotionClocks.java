package org.deputyflow.motion.process;

import java.util.Date;

import org.deputyflow.motion.MotionProgress;
import org.springframework.stereotype.Component;

/** The moments the BPMN's timer and due date read, from the dates stored on the motion. */
@Component("motionClocks")
public class MotionClocks {

    private final MotionProgress progress;

    MotionClocks(MotionProgress progress) {
        this.progress = progress;
    }

    public Date lapseAt(long motionId) {
        return Date.from(progress.lapseAt(motionId));
    }

    public Date reportDue(long motionId) {
        return Date.from(progress.reportDueAt(motionId));
    }
}
