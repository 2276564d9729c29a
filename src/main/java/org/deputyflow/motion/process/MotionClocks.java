package org.deputyflow.motion.process;

import java.util.Date;
import org.deputyflow.motion.MotionProgress;
import org.springframework.stereotype.Component;

/** The moments the BPMN's timers and due dates read, from the dates stored on the motion. */
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

    /** The end of the implementation report's due date, as for a department's reply. */
    public Date implementationDue(long motionId) {
        return Date.from(progress.implementationOverdueFrom(motionId));
    }

    public Date implementationReminder(long motionId) {
        return Date.from(progress.implementationReminderAt(motionId));
    }

    /** The start of the day after the due date. */
    public Date implementationOverdue(long motionId) {
        return Date.from(progress.implementationOverdueFrom(motionId));
    }
}
