package org.deputyflow.suggestion.domain;

import java.time.LocalDate;

import org.deputyflow.shared.BadRequestException;

/**
 * A department's reply as the handler drafts it: B and C promise a plan date; a reply that may
 * not be published says why.
 */
public record ReplyDraft(ResultClass resultClass, String content, LocalDate planDate, boolean publishable,
        String notPublishableReason) {

    public static final int MAX_CONTENT = 20_000;

    public ReplyDraft {
        if (resultClass == null) {
            throw new BadRequestException("resultClass", "请选择办理结果类别 A、B、C 或 D");
        }
        content = Texts.required("content", content, MAX_CONTENT, "答复内容");
        if (resultClass.promisesLater() && planDate == null) {
            throw new BadRequestException("planDate", "B 类、C 类答复须写明计划解决的时间");
        }
        if (!resultClass.promisesLater()) {
            planDate = null;
        }
        notPublishableReason = Texts.optional("notPublishableReason", notPublishableReason, 500, "不宜公开的理由");
        if (!publishable && notPublishableReason == null) {
            throw new BadRequestException("notPublishableReason", "答复不宜公开时须说明理由");
        }
        if (publishable) {
            notPublishableReason = null;
        }
    }

    /** A plan date in the past promises nothing. */
    public void requirePlanDateFrom(LocalDate today) {
        if (planDate != null && planDate.isBefore(today)) {
            throw new BadRequestException("planDate", "计划解决时间不能早于今天");
        }
    }
}
