package org.deputyflow.suggestion.domain;

import java.time.LocalDate;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Texts;

/**
 * A department's reply as the handler drafts it: B and C promise a plan date; a reply that may
 * not be published says why.
 */
public record ReplyDraft(
        ResultClass resultClass, String content, LocalDate planDate, boolean publishable, String notPublishableReason) {

    public static final int MAX_CONTENT = 20_000;

    public ReplyDraft {
        if (resultClass == null) {
            throw new BadRequestException("resultClass", "error.suggestion.reply.resultClassRequired");
        }
        content = Texts.required("content", content, MAX_CONTENT, "label.suggestion.reply.content");
        if (resultClass.promisesLater() && planDate == null) {
            throw new BadRequestException("planDate", "error.suggestion.reply.planDateRequired");
        }
        if (!resultClass.promisesLater()) {
            planDate = null;
        }
        notPublishableReason = Texts.optional(
                "notPublishableReason", notPublishableReason, 500, "label.suggestion.reply.notPublishableReason");
        if (!publishable && notPublishableReason == null) {
            throw new BadRequestException(
                    "notPublishableReason", "error.suggestion.reply.notPublishableReasonRequired");
        }
        if (publishable) {
            notPublishableReason = null;
        }
    }

    /** A plan date in the past promises nothing. */
    public void requirePlanDateFrom(LocalDate today) {
        if (planDate != null && planDate.isBefore(today)) {
            throw new BadRequestException("planDate", "error.suggestion.reply.planDateInPast");
        }
    }
}
