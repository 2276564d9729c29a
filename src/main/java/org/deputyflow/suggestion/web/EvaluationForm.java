package org.deputyflow.suggestion.web;

import org.deputyflow.shared.web.FormText;
import org.deputyflow.suggestion.domain.EvaluationInput;
import org.deputyflow.suggestion.domain.Rating;
import org.springframework.validation.Errors;

/**
 * The deputy's evaluation of one department's reply: attitude and result rated apart. Bound as text, so that a
 * value of the wrong kind is an error next to its field, not a form that could not be built.
 */
public record EvaluationForm(
        String departmentId, String attitude, String result, String reason, String confidentialNote) {

    static final int MAX_TEXT = 2000;

    static EvaluationForm empty() {
        return new EvaluationForm(null, null, null, null, null);
    }

    void validate(Errors errors) {
        if (departmentId != null && !departmentId.isBlank() && FormText.id(departmentId) == null) {
            errors.rejectValue("departmentId", "typeMismatch");
        }
        rating(errors, "attitude", attitude);
        rating(errors, "result", result);
        boolean unsatisfied = FormText.enumOf(Rating.class, attitude) == Rating.UNSATISFIED
                || FormText.enumOf(Rating.class, result) == Rating.UNSATISFIED;
        if (unsatisfied && (reason == null || reason.isBlank())) {
            errors.rejectValue("reason", "evaluation.error.reason");
        }
        if (reason != null && reason.strip().length() > MAX_TEXT) {
            errors.rejectValue("reason", "form.error.tooLong", new Object[] {MAX_TEXT}, null);
        }
        if (confidentialNote != null && confidentialNote.strip().length() > MAX_TEXT) {
            errors.rejectValue("confidentialNote", "form.error.tooLong", new Object[] {MAX_TEXT}, null);
        }
    }

    private static void rating(Errors errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "evaluation.error.rating");
        } else if (FormText.enumOf(Rating.class, value) == null) {
            errors.rejectValue(field, "typeMismatch");
        }
    }

    /** The department whose reply is rated; null when the form names none (the deputy's only one). */
    Long department() {
        return FormText.id(departmentId);
    }

    EvaluationInput input() {
        return new EvaluationInput(
                FormText.enumOf(Rating.class, attitude),
                FormText.enumOf(Rating.class, result),
                reason,
                confidentialNote);
    }
}
