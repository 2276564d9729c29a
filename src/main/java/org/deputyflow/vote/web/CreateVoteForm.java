package org.deputyflow.vote.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What staff enter to set up a vote. */
public class CreateVoteForm {

    @NotNull(message = "{votePage.error.meetingDateRequired}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingDate;

    @NotBlank(message = "{votePage.error.titleRequired}")
    @Size(max = 150, message = "{votePage.error.titleTooLong}")
    private String title;

    @NotNull(message = "{votePage.error.departmentRequired}")
    private Long departmentId;

    @NotBlank(message = "{votePage.error.reportTitleRequired}")
    @Size(max = 200, message = "{votePage.error.reportTitleTooLong}")
    private String reportTitle;

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getReportTitle() {
        return reportTitle;
    }

    public void setReportTitle(String reportTitle) {
        this.reportTitle = reportTitle;
    }
}
