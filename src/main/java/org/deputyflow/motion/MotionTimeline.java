package org.deputyflow.motion;

import java.time.Clock;
import java.time.Instant;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.domain.MotionTimelineAction;
import org.deputyflow.motion.domain.MotionTimelineEntry;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.TimelineLines;
import org.deputyflow.shared.persistence.TextJson;
import org.springframework.stereotype.Component;

/**
 * Writes the one timeline line of each action, in the action's transaction, and its audit line:
 * {@code motion.} and the action in kebab case, with the comment's length, never the comment. A
 * step the motion takes by itself (enough signers, the signers' time ran out) is the system's. A
 * line the product writes itself is kept in the office's language, like the comments people type.
 */
@Component
class MotionTimeline {

    static final String SYSTEM = "system";

    private final MotionMapper motions;
    private final Clock clock;
    private final AuditTrail audit;
    private final OfficeWords words;

    MotionTimeline(MotionMapper motions, Clock clock, AuditTrail audit, OfficeWords words) {
        this.motions = motions;
        this.clock = clock;
        this.audit = audit;
        this.words = words;
    }

    /** A line the product words itself, kept in the office's language and as its codes. */
    void recordLine(long motionId, CurrentUser actor, MotionTimelineAction action, Text line) {
        record(motionId, actor, action, words.of(line), TextJson.write(line));
    }

    void record(long motionId, CurrentUser actor, MotionTimelineAction action, String comment) {
        record(motionId, actor, action, comment, null);
    }

    private void record(
            long motionId, CurrentUser actor, MotionTimelineAction action, String comment, String commentTexts) {
        String clean = TimelineLines.comment(comment);
        motions.insertTimeline(
                motionId,
                clock.instant(),
                actor.login(),
                actor.displayName(),
                action,
                clean,
                clean == null ? null : commentTexts);
        audit.record(
                auditAction(action), "motion", motionId, AuditTrail.SUCCESS, TimelineLines.auditDetails(null, clean));
    }

    void recordBySystem(long motionId, MotionTimelineAction action, Text line) {
        String clean = TimelineLines.comment(words.of(line));
        Instant now = clock.instant();
        motions.insertTimeline(
                motionId,
                now,
                SYSTEM,
                words.of(Text.of("motion.system")),
                action,
                clean,
                clean == null ? null : TextJson.write(line));
        audit.recordAt(
                now,
                auditAction(action),
                SYSTEM,
                "motion",
                motionId,
                AuditTrail.SUCCESS,
                TimelineLines.auditDetails(null, clean));
    }

    /** The line as the current reader reads it: the product's words and the system's name in their language. */
    MotionTimelineEntry reading(MotionTimelineEntry entry) {
        String actorName = SYSTEM.equals(entry.actor()) ? words.reading(Text.of("motion.system")) : entry.actorName();
        return entry.reading(actorName, words.reading(entry.commentTexts(), entry.comment()));
    }

    /** The audit's name of a timeline action: {@code motion.form-accepted}. */
    static String auditAction(MotionTimelineAction action) {
        return TimelineLines.auditAction("motion", action);
    }
}
