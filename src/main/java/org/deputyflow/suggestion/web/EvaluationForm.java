package org.deputyflow.suggestion.web;

import org.deputyflow.suggestion.domain.EvaluationInput;
import org.deputyflow.suggestion.domain.Rating;
import org.springframework.validation.Errors;

/** The deputy's evaluation of one department's reply: attitude and result rated apart. */
public class EvaluationForm {

    static final int MAX_TEXT = 2000;

    private Long departmentId;
    private Rating attitude;
    private Rating result;
    private String reason;
    private String confidentialNote;

    void validate(Errors errors) {
        if (attitude == null && !errors.hasFieldErrors("attitude")) {
            errors.rejectValue("attitude", "evaluation.error.rating");
        }
        if (result == null && !errors.hasFieldErrors("result")) {
            errors.rejectValue("result", "evaluation.error.rating");
        }
        boolean unsatisfied = attitude == Rating.UNSATISFIED || result == Rating.UNSATISFIED;
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

    EvaluationInput input() {
        return new EvaluationInput(attitude, result, reason, confidentialNote);
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public Rating getAttitude() {
        return attitude;
    }

    public void setAttitude(Rating attitude) {
        this.attitude = attitude;
    }

    public Rating getResult() {
        return result;
    }

    public void setResult(Rating result) {
        this.result = result;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getConfidentialNote() {
        return confidentialNote;
    }

    public void setConfidentialNote(String confidentialNote) {
        this.confidentialNote = confidentialNote;
    }
}
