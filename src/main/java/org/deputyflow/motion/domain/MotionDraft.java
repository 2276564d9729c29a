package org.deputyflow.motion.domain;

import org.deputyflow.shared.BadRequestException;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Texts;

/** What the lead deputy writes: a title, the reason (案由), the basis (案据) and the proposed solution (方案). */
public record MotionDraft(String title, String reason, String basis, String proposal, Period period) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SECTION = 10_000;

    public MotionDraft {
        title = Texts.required("title", title, MAX_TITLE, "标题");
        reason = Texts.required("reason", reason, MAX_SECTION, "案由");
        basis = Texts.required("basis", basis, MAX_SECTION, "案据");
        proposal = Texts.required("proposal", proposal, MAX_SECTION, "方案");
        if (period == null) {
            throw new BadRequestException("period", "请选择提出时间：大会期间（SESSION）或闭会期间（RECESS）");
        }
    }

    /** The suggestion text of a converted motion keeps the three sections under their own headings. */
    public String asSuggestionContent() {
        return "【案由】\n" + reason + "\n\n【案据】\n" + basis + "\n\n【方案】\n" + proposal;
    }
}
