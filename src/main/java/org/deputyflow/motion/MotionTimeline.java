package org.deputyflow.motion;

import java.time.Clock;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.persistence.MotionMapper;
import org.springframework.stereotype.Component;

/** Writes the one timeline line of each action, in the action's transaction. */
@Component
class MotionTimeline {

    static final String SYSTEM = "system";

    private final MotionMapper motions;
    private final Clock clock;

    MotionTimeline(MotionMapper motions, Clock clock) {
        this.motions = motions;
        this.clock = clock;
    }

    void record(long motionId, CurrentUser actor, MotionAction action, String comment) {
        motions.insertTimeline(motionId, clock.instant(), actor.login(), actor.displayName(), action, clean(comment));
    }

    void recordBySystem(long motionId, MotionAction action, String comment) {
        motions.insertTimeline(motionId, clock.instant(), SYSTEM, "系统", action, clean(comment));
    }

    private static String clean(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
