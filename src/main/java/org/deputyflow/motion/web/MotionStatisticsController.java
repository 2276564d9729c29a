package org.deputyflow.motion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.deputyflow.motion.MotionReports;
import org.deputyflow.motion.domain.MotionStatistics;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "motions")
class MotionStatisticsController {

    private final MotionReports reports;

    MotionStatisticsController(MotionReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/stats/motions")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "api.motions.statistics", description = "api.motions.statistics.description")
    MotionStatistics motions(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.statistics(from, to);
    }
}
