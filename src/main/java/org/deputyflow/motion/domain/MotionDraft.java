package org.deputyflow.motion.domain;

import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Texts;
import org.deputyflow.suggestion.domain.Period;

/** What the lead deputy writes: a title, the reason (案由), the basis (案据) and the proposed solution (方案). */
public record MotionDraft(String title, String reason, String basis, String proposal, Period period) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SECTION = 10_000;

    public MotionDraft {
        title = Texts.required("title", title, MAX_TITLE, "label.motion.field.title");
        reason = Texts.required("reason", reason, MAX_SECTION, "label.motion.field.reason");
        basis = Texts.required("basis", basis, MAX_SECTION, "label.motion.field.basis");
        proposal = Texts.required("proposal", proposal, MAX_SECTION, "label.motion.field.proposal");
        if (period == null) {
            throw new BadRequestException("period", "error.motion.period.required");
        }
    }

    /**
     * The suggestion text of a converted motion keeps the three sections under their own headings,
     * given in the language the suggestion is kept in.
     */
    public String asSuggestionContent(String reasonHeading, String basisHeading, String proposalHeading) {
        return reasonHeading + "\n" + reason + "\n\n" + basisHeading + "\n" + basis + "\n\n" + proposalHeading + "\n"
                + proposal;
    }
}
