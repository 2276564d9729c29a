package org.deputyflow.suggestion.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
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

/** The annual handling report: its figures as JSON and its draft as a Word document, for those who read the statistics. */
@RestController
@RequestMapping("/api/reports/annual")
@PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
@Tag(name = "reporting", description = "api.tag.reporting")
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
    @Operation(summary = "api.reporting.annual", description = "api.reporting.annual.description")
    AnnualReport figures(@PathVariable int year) {
        return reports.year(year);
    }

    @GetMapping("/{year:\\d+}.docx")
    @Operation(summary = "api.reporting.annualDocx", description = "api.reporting.annualDocx.description")
    void document(@PathVariable int year, Locale locale, HttpServletResponse response) throws IOException {
        // the figures are read before the response starts, so that a bad year is still a problem response
        AnnualReportDraft draft = AnnualReportDraft.of(reports.year(year), messages, locale);
        String outcome = AuditTrail.FAILURE;
        try {
            response.setContentType(AnnualReportDocx.CONTENT_TYPE);
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename("annual-report-" + year + ".docx")
                            .build()
                            .toString());
            AnnualReportDocx.write(draft, AnnualReportDocx.Fonts.of(messages, locale), response.getOutputStream());
            outcome = AuditTrail.SUCCESS;
        } finally {
            audit.record(
                    "export.annual-report", "annual-report", year, outcome, Map.of("format", "docx", "year", year));
        }
    }
}
