package org.deputyflow.suggestion.domain;

import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Texts;

/** What a deputy writes: one issue per suggestion, within the lengths the committee accepts. */
public record SuggestionDraft(
        String title, String content, String category, Period period, boolean wantsFaceToFace, boolean confidential) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_CONTENT = 20_000;
    public static final int MAX_CATEGORY = 30;

    public SuggestionDraft {
        title = Texts.required("title", title, MAX_TITLE, "label.suggestion.field.title");
        content = Texts.required("content", content, MAX_CONTENT, "label.suggestion.field.content");
        category = Texts.required("category", category, MAX_CATEGORY, "label.suggestion.field.category");
        if (period == null) {
            throw new BadRequestException("period", "error.suggestion.periodRequired");
        }
    }
}
