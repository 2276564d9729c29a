package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's decision on a rectification report. */
public class ReportReviewForm {

    @NotNull(message = "{votePage.error.decisionRequired}")
    private Boolean accepted;

    @Size(max = 1000, message = "{votePage.error.commentTooLong}")
    private String comment;

    private Long nextMeetingId;

    public Boolean getAccepted() {
        return accepted;
    }

    public void setAccepted(Boolean accepted) {
        this.accepted = accepted;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getNextMeetingId() {
        return nextMeetingId;
    }

    public void setNextMeetingId(Long nextMeetingId) {
        this.nextMeetingId = nextMeetingId;
    }
}
