package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What staff enter to set up a vote. */
public record CreateVoteForm(
        @NotNull(message = "{votePage.error.meetingDateRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate meetingDate,

        @NotBlank(message = "{votePage.error.titleRequired}")
        @Size(max = 150, message = "{votePage.error.titleTooLong}")
        String title,

        @NotNull(message = "{votePage.error.departmentRequired}")
        Long departmentId,

        @NotBlank(message = "{votePage.error.reportTitleRequired}")
        @Size(max = 200, message = "{votePage.error.reportTitleTooLong}")
        String reportTitle) {

    static CreateVoteForm empty() {
        return new CreateVoteForm(null, null, null, null);
    }
}
