package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The rectification report a department leader hands in. */
public class RectificationReportForm {

    @NotBlank(message = "{votePage.error.reportTitleRequired}")
    @Size(max = 200, message = "{votePage.error.reportTitleTooLong}")
    private String title;

    @NotBlank(message = "{votePage.error.summaryRequired}")
    @Size(max = 4000, message = "{votePage.error.summaryTooLong}")
    private String summary;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
