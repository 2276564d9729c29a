package org.deputyflow.suggestion.domain;

import org.deputyflow.shared.BadRequestException;

/** What a deputy writes: one issue per suggestion, within the lengths the committee accepts. */
public record SuggestionDraft(String title, String content, String category, Period period, boolean wantsFaceToFace,
        boolean confidential) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CONTENT = 20_000;
    public static final int MAX_CATEGORY = 30;

    public SuggestionDraft {
        title = Texts.required("title", title, MAX_TITLE, "标题");
        content = Texts.required("content", content, MAX_CONTENT, "内容");
        category = Texts.required("category", category, MAX_CATEGORY, "类别");
        if (period == null) {
            throw new BadRequestException("period", "请选择提出时间：大会期间（SESSION）或闭会期间（RECESS）");
        }
    }
}
