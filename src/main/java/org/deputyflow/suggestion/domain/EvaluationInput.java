package org.deputyflow.suggestion.domain;

import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Texts;

/**
 * A deputy's rating of a reply: attitude and result apart, a reason for anything unsatisfied,
 * and an optional note only staff read (against pressure to rate "satisfied").
 */
public record EvaluationInput(Rating attitude, Rating result, String reason, String confidentialNote) {

    public EvaluationInput {
        if (attitude == null) {
            throw new BadRequestException("attitude", "error.suggestion.evaluation.attitudeRequired");
        }
        if (result == null) {
            throw new BadRequestException("result", "error.suggestion.evaluation.resultRequired");
        }
        reason = Texts.optional("reason", reason, 2000, "label.suggestion.evaluation.reason");
        confidentialNote = Texts.optional(
                "confidentialNote", confidentialNote, 2000, "label.suggestion.evaluation.confidentialNote");
        if ((attitude == Rating.UNSATISFIED || result == Rating.UNSATISFIED) && reason == null) {
            throw new BadRequestException("reason", "error.suggestion.evaluation.reasonRequired");
        }
    }
}
