package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The rectification report a department leader hands in. */
public record RectificationReportForm(
        @NotBlank(message = "{votePage.error.reportTitleRequired}")
        @Size(max = 200, message = "{votePage.error.reportTitleTooLong}")
        String title,

        @NotBlank(message = "{votePage.error.summaryRequired}")
        @Size(max = 4000, message = "{votePage.error.summaryTooLong}")
        String summary) {

    static RectificationReportForm empty() {
        return new RectificationReportForm(null, null);
    }
}
