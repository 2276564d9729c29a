package org.deputyflow.suggestion.domain;

import org.deputyflow.shared.BadRequestException;

/**
 * A deputy's rating of a reply: attitude and result apart, a reason for anything unsatisfied,
 * and an optional note only staff read (against pressure to rate "satisfied").
 */
public record EvaluationInput(Rating attitude, Rating result, String reason, String confidentialNote) {

    public EvaluationInput {
        if (attitude == null) {
            throw new BadRequestException("attitude", "请评价办理态度");
        }
        if (result == null) {
            throw new BadRequestException("result", "请评价办理结果");
        }
        reason = Texts.optional("reason", reason, 2000, "不满意的理由");
        confidentialNote = Texts.optional("confidentialNote", confidentialNote, 2000, "保密意见");
        if ((attitude == Rating.UNSATISFIED || result == Rating.UNSATISFIED) && reason == null) {
            throw new BadRequestException("reason", "评价为不满意时须说明理由");
        }
    }
}
