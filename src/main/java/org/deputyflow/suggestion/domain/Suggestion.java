package org.deputyflow.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deputy's suggestion (建议、批评和意见) as stored.
 *
 * @param sourceMotionId the unlisted motion this suggestion was converted from, if any
 */
public record Suggestion(
        long id,
        String number,
        String title,
        String content,
        String category,
        Period period,
        SuggestionStatus status,
        long submitterDeputyId,
        boolean wantsFaceToFace,
        boolean confidential,
        Long mergedIntoId,
        String screeningReason,
        String screeningComment,
        boolean rehandled,
        Instant createdAt,
        Instant submittedAt,
        LocalDate screeningDue,
        Instant assignedAt,
        Instant repliedAt,
        Instant closedAt,
        LocalDate evaluationDue,
        boolean notEvaluated,
        Long sourceMotionId) {

    /** The round of handling that replies and evaluations now belong to: 1, or 2 when re-handled. */
    public int handlingRound() {
        return rehandled ? 2 : 1;
    }

    /** The evaluation period is over on {@code day}: the due date has passed; its last day is still on time. */
    public boolean evaluationLapsedOn(LocalDate day) {
        return evaluationDue != null && day.isAfter(evaluationDue);
    }
}
