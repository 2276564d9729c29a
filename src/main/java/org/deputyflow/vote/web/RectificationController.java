package org.deputyflow.vote.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.vote.RectifyingDepartments;
import org.deputyflow.vote.VoteQueries;
import org.deputyflow.vote.domain.InquiryFlag;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.RectificationReport;
import org.deputyflow.vote.domain.RectificationStatus;
import org.deputyflow.vote.domain.ReportDecision;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a poor result obliges: the rectification and its reports, handed in by the department's leader
 * and reviewed by staff, and the departments flagged for formal inquiry.
 */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "votes", description = "api.tag.votes")
class RectificationController {

    private final VoteQueries votes;
    private final RectifyingDepartments rectifying;
    private final DepartmentNames departments;

    RectificationController(VoteQueries votes, RectifyingDepartments rectifying, DepartmentNames departments) {
        this.votes = votes;
        this.rectifying = rectifying;
        this.departments = departments;
    }

    @GetMapping("/{id}/rectification")
    @PreAuthorize(VoteController.READERS)
    @Operation(summary = "api.votes.rectification")
    RectificationView rectification(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return RectificationView.of(votes.rectification(id, user));
    }

    @GetMapping("/{id}/rectification/reports")
    @PreAuthorize(VoteController.READERS)
    @Operation(summary = "api.votes.reports")
    Page<ReportView> reports(
            @PathVariable long id,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal CurrentUser user) {
        return votes.reports(id, user, PageRequest.of(page, size)).map(ReportView::of);
    }

    @PostMapping("/{id}/rectification/reports")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    @Operation(summary = "api.votes.submitReport")
    ResponseEntity<ReportView> submitReport(
            @PathVariable long id,
            @Valid @RequestBody ReportRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        RectificationReport report = rectifying.submitReport(
                id, user, request.title().strip(), request.summary().strip());
        return ResponseEntity.created(URI.create("/api/votes/" + id + "/rectification/reports"))
                .body(ReportView.of(report));
    }

    @PostMapping("/{id}/rectification/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.votes.review")
    RectificationView review(
            @PathVariable long id,
            @Valid @RequestBody ReviewRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        rectifying.reviewReport(id, user, request.accepted(), request.comment(), request.nextMeetingId());
        return RectificationView.of(votes.rectification(id, user));
    }

    @GetMapping("/inquiries")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL','ADMIN')")
    @Operation(summary = "api.votes.inquiries")
    Page<InquiryView> inquiries(
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Page<InquiryFlag> found = votes.inquiries(departmentId, PageRequest.of(page, size));
        Map<Long, String> names = departments.of(
                found.items().stream().map(InquiryFlag::departmentId).toList());
        return found.map(flag -> InquiryView.of(flag, names.get(flag.departmentId())));
    }

    // ---- requests -------------------------------------------------------------------------------

    record ReportRequest(
            @NotBlank(message = "{error.vote.report.titleRequired}")
            @Size(max = 200, message = "{error.vote.report.titleTooLong}")
            String title,

            @NotBlank(message = "{error.vote.report.summaryRequired}")
            @Size(max = 4000, message = "{error.vote.report.summaryTooLong}")
            String summary) {}

    record ReviewRequest(
            @NotNull(message = "{error.vote.review.acceptedRequired}")
            Boolean accepted,

            @Size(max = 1000, message = "{error.vote.review.commentTooLong}")
            String comment,

            Long nextMeetingId) {}

    // ---- responses ------------------------------------------------------------------------------

    record RectificationView(
            long voteId,
            long departmentId,
            LocalDate dueDate,
            RectificationStatus status,
            boolean overdue,
            boolean followUpRequired,
            LocalDate nextMeetingDate,
            Long nextMeetingId) {
        static RectificationView of(Rectification r) {
            return new RectificationView(
                    r.voteId(),
                    r.departmentId(),
                    r.dueDate(),
                    r.status(),
                    r.overdue(),
                    r.followUpRequired(),
                    r.nextMeetingDate(),
                    r.nextMeetingId());
        }
    }

    record ReportView(
            long id,
            String title,
            String summary,
            long submittedBy,
            Instant submittedAt,
            ReportDecision decision,
            String comment,
            Instant decidedAt) {
        static ReportView of(RectificationReport r) {
            return new ReportView(
                    r.id(),
                    r.title(),
                    r.summary(),
                    r.submittedBy(),
                    r.submittedAt(),
                    r.decision(),
                    r.comment(),
                    r.decidedAt());
        }
    }

    record InquiryView(
            long id,
            long departmentId,
            String departmentName,
            long voteId,
            String voteTitle,
            LocalDate meetingDate,
            long firstVoteId,
            Instant flaggedAt) {
        static InquiryView of(InquiryFlag f, String departmentName) {
            return new InquiryView(
                    f.id(),
                    f.departmentId(),
                    departmentName,
                    f.voteId(),
                    f.voteTitle(),
                    f.meetingDate(),
                    f.firstVoteId(),
                    f.flaggedAt());
        }
    }
}
