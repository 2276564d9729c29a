package org.deputyflow.suggestion.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One department's part in one suggestion, with its own state and due dates. */
public record Assignment(
        long id,
        long suggestionId,
        long departmentId,
        String departmentCode,
        String departmentName,
        AssignmentRole role,
        AssignmentState state,
        boolean active,
        String claimedBy,
        Instant assignedAt,
        LocalDate disputeDue,
        LocalDate opinionDue,
        LocalDate replyDue,
        Instant doneAt,
        boolean opinionWaived,
        Instant repliedAt,
        Boolean repliedOnTime) {

    /** The date of the clock the department still owes, null when none runs (as on its work lists). */
    public LocalDate owedDue() {
        if (role == AssignmentRole.CO) {
            return !opinionWaived && state.owesOpinion() ? opinionDue : null;
        }
        return state.owesReply() ? replyDue : null;
    }
}
