package org.deputyflow.motion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happens to a motion after the council's first decision: the special committee's
 * recommendation (its report text is on the motion), the council's second decision, the meeting
 * that deliberated it and what it resolved, and the implementation report with its due date. The
 * meeting's date and number are copied from the meeting record when one is named, and stay free
 * text on rows written before meetings were records.
 */
public record MotionDeliberation(
        AgendaDecision committeeRecommendation,
        AgendaDecision secondDecision,
        String secondDecisionComment,
        Instant secondDecidedAt,
        LocalDate meetingDate,
        String meetingNumber,
        MeetingOutcome meetingOutcome,
        String meetingComment,
        Instant meetingRecordedAt,
        LocalDate implementationDue,
        String implementationReport,
        Instant implementationReportedAt) {

    public static final MotionDeliberation NONE =
            new MotionDeliberation(null, null, null, null, null, null, null, null, null, null, null, null);
}
