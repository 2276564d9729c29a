package org.deputyflow.motion;

import java.time.Instant;
import java.time.LocalDate;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.domain.MotionTimelineAction;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.springframework.stereotype.Component;

/** What the motion process asks of the motion tables: status moves and the dates its clocks read. */
@Component
public class MotionProgress {

    private final MotionMapper motions;
    private final CalendarService calendar;
    private final MotionTimeline timeline;
    private final MotionNotifier notifier;

    private final MotionRules rules;

    MotionProgress(
            MotionMapper motions,
            CalendarService calendar,
            MotionTimeline timeline,
            MotionNotifier notifier,
            MotionRules rules) {
        this.motions = motions;
        this.calendar = calendar;
        this.timeline = timeline;
        this.notifier = notifier;
        this.rules = rules;
    }

    public void reached(long motionId, MotionStatus status) {
        motions.updateStatus(motionId, status);
        if (status == MotionStatus.LAPSED) {
            // nobody acts when the clock runs out, so the timeline names the system
            timeline.recordBySystem(motionId, MotionTimelineAction.LAPSED, Text.of("text.motion.timeline.lapsed"));
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

    /** Staff are reminded a configured number of calendar days before the implementation report is due. */
    public Instant implementationReminderAt(long motionId) {
        return calendar.startOfDay(implementationDue(motionId).minusDays(rules.implementationReminderDaysBefore()));
    }

    /** Overdue from the start of the day after the due date. */
    public Instant implementationOverdueFrom(long motionId) {
        return calendar.endOfDay(implementationDue(motionId));
    }

    public void implementationReminder(long motionId) {
        notifier.implementationReminder(motion(motionId), implementationDue(motionId));
    }

    /** Nobody acted by the due date: the timeline names the system, and staff are told. */
    public void implementationOverdue(long motionId) {
        LocalDate due = implementationDue(motionId);
        timeline.recordBySystem(
                motionId,
                MotionTimelineAction.IMPLEMENTATION_OVERDUE,
                Text.of("text.motion.timeline.implementationOverdue", due.toString()));
        notifier.implementationOverdue(motion(motionId), due);
    }

    private LocalDate implementationDue(long motionId) {
        LocalDate due = motions.findDeliberation(motionId).implementationDue();
        if (due == null) {
            throw new IllegalStateException("motion " + motionId + " has no implementation report due date");
        }
        return due;
    }

    private Motion motion(long motionId) {
        return motions.findById(motionId).orElseThrow(() -> NotFoundException.of("motion", motionId));
    }
}
