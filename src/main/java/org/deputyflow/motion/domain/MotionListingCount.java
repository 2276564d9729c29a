package org.deputyflow.motion.domain;

/**
 * How many motions past the first decision share one committee recommendation, second decision,
 * meeting outcome and overdue flag (an implementation report past its due date); nulls where a
 * step has not happened.
 */
public record MotionListingCount(
        AgendaDecision committeeRecommendation,
        AgendaDecision secondDecision,
        MeetingOutcome meetingOutcome,
        boolean implementationOverdue,
        long count) {}
