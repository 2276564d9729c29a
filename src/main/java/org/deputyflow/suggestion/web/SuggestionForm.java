package org.deputyflow.suggestion.web;

import java.util.List;
import java.util.Objects;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionDraft;
import org.springframework.validation.Errors;

/**
 * The "new suggestion" form: every field the API's submit takes; the revision form uses all but the co-signers.
 * Every field is bound as text (a box that is ticked posts "true"), so that a value of the wrong kind is an error
 * next to its field, not a form that could not be built.
 */
public record SuggestionForm(
        String title,
        String content,
        String category,
        String period,
        String wantsFaceToFace,
        String confidential,
        List<String> coSignerIds) {

    public SuggestionForm {
        coSignerIds = coSignerIds == null ? List.of() : coSignerIds;
    }

    static SuggestionForm empty() {
        return new SuggestionForm(null, null, null, null, null, null, null);
    }

    /** The form filled with what the suggestion says now, for its revision. */
    static SuggestionForm of(Suggestion suggestion) {
        return new SuggestionForm(
                suggestion.title(),
                suggestion.content(),
                suggestion.category(),
                suggestion.period() == null ? null : suggestion.period().name(),
                String.valueOf(suggestion.wantsFaceToFace()),
                String.valueOf(suggestion.confidential()),
                null);
    }

    /** The same limits the domain enforces, reported per field in the reader's language. */
    void validate(Errors errors) {
        required(errors, "title", title, SuggestionDraft.MAX_TITLE);
        required(errors, "content", content, SuggestionDraft.MAX_CONTENT);
        required(errors, "category", category, SuggestionDraft.MAX_CATEGORY);
        if (period == null || period.isBlank()) {
            errors.rejectValue("period", "form.error.period");
        } else if (FormText.enumOf(Period.class, period) == null) {
            errors.rejectValue("period", "typeMismatch");
        }
        if (coSignerIds.stream().anyMatch(id -> FormText.id(id) == null)) {
            errors.rejectValue("coSignerIds", "typeMismatch");
        }
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "form.error.required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "form.error.tooLong", new Object[] {max}, null);
        }
    }

    SuggestionDraft draft() {
        return new SuggestionDraft(
                title,
                content,
                category,
                FormText.enumOf(Period.class, period),
                ticked(wantsFaceToFace),
                ticked(confidential));
    }

    /** The co-signers as ids; what is no id {@link #validate} reports, and is left out here. */
    List<Long> coSigners() {
        return coSignerIds.stream().map(FormText::id).filter(Objects::nonNull).toList();
    }

    private static boolean ticked(String box) {
        return box != null && "true".equals(box.strip());
    }
}
