package org.deputyflow.suggestion.reporting.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.deputyflow.audit.AuditTrail;
import org.deputyflow.suggestion.reporting.AnnualReports;
import org.deputyflow.suggestion.reporting.domain.AnnualReport;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The annual handling report: its figures as JSON and its draft as a Word document, for those who read the statistics. */
@RestController
@RequestMapping("/api/reports/annual")
@PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
@Tag(name = "reporting", description = "超期清单与承办单位办理情况统计")
class AnnualReportController {

    private final AnnualReports reports;
    private final AuditTrail audit;
    private final MessageSource messages;

    AnnualReportController(AnnualReports reports, AuditTrail audit, MessageSource messages) {
        this.reports = reports;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/{year:\\d+}")
    @Operation(summary = "年度代表建议办理情况报告的全部数字：收到、审查、交办、答复、分类、满意率、重点建议、跟踪办理、议案、满意度测评",
            description = "统计该年 1 月 1 日至 12 月 31 日；承办单位数字与 /api/stats/departments 同一期间一致，议案与 /api/stats/motions 一致。")
    AnnualReport figures(@PathVariable int year) {
        return reports.year(year);
    }

    @GetMapping("/{year:\\d+}.docx")
    @Operation(summary = "年度代表建议办理情况报告的 Word 草稿（.docx）", description = "下载记入审计日志（export.annual-report）。")
    void document(@PathVariable int year, Locale locale, HttpServletResponse response) throws IOException {
        // the figures are read before the response starts, so that a bad year is still a problem response
        AnnualReportDraft draft = AnnualReportDraft.of(reports.year(year), messages, locale);
        String outcome = AuditTrail.FAILURE;
        try {
            response.setContentType(AnnualReportDocx.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("annual-report-" + year + ".docx").build().toString());
            AnnualReportDocx.write(draft, response.getOutputStream());
            outcome = AuditTrail.SUCCESS;
        } finally {
            audit.record("export.annual-report", "annual-report", year, outcome,
                    Map.of("format", "docx", "year", year));
        }
    }
}
