package org.deputyflow.motion;

import java.time.Instant;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** What the motion process asks of the motion tables: status moves and the dates its clocks read. */
@Component
public class MotionProgress {

    private final MotionMapper motions;
    private final CalendarService calendar;
    private final MotionTimeline timeline;
    private final MotionNotifier notifier;

    MotionProgress(MotionMapper motions, CalendarService calendar, MotionTimeline timeline, MotionNotifier notifier) {
        this.motions = motions;
        this.calendar = calendar;
        this.timeline = timeline;
        this.notifier = notifier;
    }

    public void reached(long motionId, MotionStatus status) {
        motions.updateStatus(motionId, status);
        if (status == MotionStatus.LAPSED) {
            // nobody acts when the clock runs out, so the timeline names the system
            timeline.recordBySystem(motionId, MotionAction.LAPSED, "期限内附议代表不足，议案失效");
            notifier.lapsed(motion(motionId));
        }
    }

    /** A motion short of signers lapses once its last signing day is over. */
    public Instant lapseAt(long motionId) {
        return calendar.endOfDay(motion(motionId).signingDue());
    }

    public Instant reportDueAt(long motionId) {
        return calendar.endOfDay(motion(motionId).reportDue());
    }

    private Motion motion(long motionId) {
        return motions.findById(motionId).orElseThrow(() -> NotFoundException.of("议案", motionId));
    }
}
