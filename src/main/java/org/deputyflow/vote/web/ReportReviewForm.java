package org.deputyflow.vote.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's decision on a rectification report. */
public class ReportReviewForm {

    @NotNull(message = "{votePage.error.decisionRequired}")
    private Boolean accepted;

    @Size(max = 1000, message = "{votePage.error.commentTooLong}")
    private String comment;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextMeetingDate;

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

    public LocalDate getNextMeetingDate() {
        return nextMeetingDate;
    }

    public void setNextMeetingDate(LocalDate nextMeetingDate) {
        this.nextMeetingDate = nextMeetingDate;
    }
}
