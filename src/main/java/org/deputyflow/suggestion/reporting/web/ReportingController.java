package org.deputyflow.suggestion.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.reporting.HandlingReports;
import org.deputyflow.suggestion.reporting.domain.DepartmentReport;
import org.deputyflow.suggestion.reporting.domain.FollowUpReport;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;
import org.deputyflow.suggestion.reporting.domain.OverdueItem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "reporting", description = "api.tag.reporting")
class ReportingController {

    private final HandlingReports reports;

    ReportingController(HandlingReports reports) {
        this.reports = reports;
    }

    @GetMapping("/overdue")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "api.reporting.overdue", description = "api.reporting.overdue.description")
    Page<OverdueItem> overdue(
            @RequestParam(required = false) OverdueClock clock,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reports.overdue(clock, departmentId, PageRequest.of(page, size));
    }

    @GetMapping("/stats/departments")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "api.reporting.departments", description = "api.reporting.departments.description")
    DepartmentReport departments(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.departmentStatistics(from, to);
    }

    @GetMapping("/stats/follow-ups")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "api.reporting.followUps", description = "api.reporting.followUps.description")
    FollowUpReport followUps(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.followUpStatistics(from, to);
    }
}
