package org.deputyflow.suggestion.reporting.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api")
@Tag(name = "reporting", description = "超期清单与承办单位办理情况统计")
class ReportingController {

    private final HandlingReports reports;

    ReportingController(HandlingReports reports) {
        this.reports = reports;
    }

    @GetMapping("/overdue")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "超期清单：已过期限仍未办结的审查、协办意见、答复和评价，超期最久的在前（分页）",
            description = "clock：SCREENING 审查、CO_UNIT_OPINION 协办意见、REPLY 答复、EVALUATION 评价；"
                    + "按 departmentId 筛选时只列承办单位的期限。到期当天不算超期。")
    Page<OverdueItem> overdue(@RequestParam(required = false) OverdueClock clock,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reports.overdue(clock, departmentId, PageRequest.of(page, size));
    }

    @GetMapping("/stats/departments")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "承办单位办理情况统计：交办、答复、按期、超期、延期、A/B/C/D 类、评价及解决率与满意率",
            description = "统计 from 至 to（含两端，yyyy-MM-dd）交办的建议；默认今年 1 月 1 日至今日。")
    DepartmentReport departments(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.departmentStatistics(from, to);
    }

    @GetMapping("/stats/follow-ups")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    @Operation(summary = "跟踪办理统计：按承办单位和合计，未办结、逾期、按计划落实、逾期落实、年底书面说明获认可",
            description = "统计 from 至 to（含两端，yyyy-MM-dd）开始跟踪办理的 B、C 类答复；默认今年 1 月 1 日至今日。"
                    + "落实以代表（或逾期后办委）确认为准，按期与否比较单位报告落实之日与答复的计划完成时间。")
    FollowUpReport followUps(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.followUpStatistics(from, to);
    }
}
