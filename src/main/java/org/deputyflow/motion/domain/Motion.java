package org.deputyflow.motion.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.deputyflow.suggestion.domain.Period;

public record Motion(
        long id,
        String number,
        String title,
        String reason,
        String basis,
        String proposal,
        Period period,
        MotionStatus status,
        long leadDeputyId,
        Instant createdAt,
        LocalDate signingDue,
        String reviewComment,
        DecisionOutcome outcome,
        String committee,
        String decisionComment,
        Instant decidedAt,
        LocalDate reportDue,
        String committeeReport,
        Instant reportedAt,
        Long convertedSuggestionId,
        String convertedSuggestionNumber) {

    public MotionDraft draft() {
        return new MotionDraft(title, reason, basis, proposal, period);
    }
}
