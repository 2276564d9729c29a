package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's decision on a rectification report. */
public record ReportReviewForm(
        @NotNull(message = "{votePage.error.decisionRequired}")
        Boolean accepted,

        @Size(max = 1000, message = "{votePage.error.commentTooLong}")
        String comment,

        Long nextMeetingId) {

    static ReportReviewForm empty() {
        return new ReportReviewForm(null, null, null);
    }

    /** The comment as typed, or null if none was. */
    String commentOrNull() {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }
}
