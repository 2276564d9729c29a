package org.deputyflow.suggestion.web;

import java.util.ArrayList;
import java.util.List;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionDraft;
import org.springframework.validation.Errors;

/** The "new suggestion" form: every field the API's submit takes; the revision form uses all but the co-signers. */
public class SuggestionForm {

    private String title;
    private String content;
    private String category;
    private Period period;
    private boolean wantsFaceToFace;
    private boolean confidential;
    private List<Long> coSignerIds = new ArrayList<>();

    /** The form filled with what the suggestion says now, for its revision. */
    static SuggestionForm of(Suggestion suggestion) {
        SuggestionForm form = new SuggestionForm();
        form.title = suggestion.title();
        form.content = suggestion.content();
        form.category = suggestion.category();
        form.period = suggestion.period();
        form.wantsFaceToFace = suggestion.wantsFaceToFace();
        form.confidential = suggestion.confidential();
        return form;
    }

    /** The same limits the domain enforces, reported per field in the reader's language. */
    void validate(Errors errors) {
        required(errors, "title", title, SuggestionDraft.MAX_TITLE);
        required(errors, "content", content, SuggestionDraft.MAX_CONTENT);
        required(errors, "category", category, SuggestionDraft.MAX_CATEGORY);
        if (period == null && !errors.hasFieldErrors("period")) {
            errors.rejectValue("period", "form.error.period");
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
        return new SuggestionDraft(title, content, category, period, wantsFaceToFace, confidential);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Period getPeriod() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period;
    }

    public boolean isWantsFaceToFace() {
        return wantsFaceToFace;
    }

    public void setWantsFaceToFace(boolean wantsFaceToFace) {
        this.wantsFaceToFace = wantsFaceToFace;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public List<Long> getCoSignerIds() {
        return coSignerIds;
    }

    public void setCoSignerIds(List<Long> coSignerIds) {
        this.coSignerIds = coSignerIds == null ? new ArrayList<>() : coSignerIds;
    }
}
