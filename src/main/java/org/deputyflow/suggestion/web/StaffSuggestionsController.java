package org.deputyflow.suggestion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every suggestion for committee staff, filtered as the API filters, and the same list as CSV or
 * Excel: the export pages through the query and writes each page out before reading the next.
 * Each export is a line of the audit trail with its filter and the rows it wrote, once the file is
 * out (or, with the rows written so far, once it broke off).
 */
@PageController
@PreAuthorize("hasRole('STAFF')")
class StaffSuggestionsController {

    static final int PAGE_SIZE = 20;
    private static final String CSV = "text/csv;charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SuggestionQueries queries;
    private final DirectoryService directory;
    private final MessageSource messages;
    private final CalendarService calendar;
    private final AuditTrail audit;

    StaffSuggestionsController(
            SuggestionQueries queries,
            DirectoryService directory,
            MessageSource messages,
            CalendarService calendar,
            AuditTrail audit) {
        this.queries = queries;
        this.directory = directory;
        this.messages = messages;
        this.calendar = calendar;
        this.audit = audit;
    }

    @GetMapping("/staff/suggestions")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("suggestions", queries.list(user, status, departmentId, q, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute(
                "departments",
                directory.allDepartments().stream().filter(Department::active).toList());
        model.addAttribute("status", status);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("q", q);
        return "staff/suggestions";
    }

    @GetMapping("/staff/suggestions.csv")
    void csv(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String q,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        download(user, status, departmentId, q, locale, response, "csv", CSV, SuggestionExport::csv);
    }

    @GetMapping("/staff/suggestions.xlsx")
    void xlsx(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String q,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        download(user, status, departmentId, q, locale, response, "xlsx", XLSX, SuggestionExport::xlsx);
    }

    private interface Format {
        void write(SuggestionExport export, OutputStream out) throws IOException;
    }

    /** Writes the file, then its audit line in a transaction of its own: who, the filter, the rows written. */
    private void download(
            CurrentUser user,
            SuggestionStatus status,
            Long departmentId,
            String q,
            Locale locale,
            HttpServletResponse response,
            String format,
            String type,
            Format writing)
            throws IOException {
        SuggestionExport export = export(user, status, departmentId, q, locale);
        start(response, type, "suggestions." + format);
        String outcome = AuditTrail.FAILURE;
        try {
            try (OutputStream out = response.getOutputStream()) {
                writing.write(export, out);
            }
            outcome = AuditTrail.SUCCESS;
        } finally {
            Map<String, Object> filter = new LinkedHashMap<>();
            if (status != null) {
                filter.put("status", status.name());
            }
            if (departmentId != null) {
                filter.put("departmentId", departmentId);
            }
            if (q != null && !q.isBlank()) {
                filter.put("q", q.length() > 100 ? q.substring(0, 100) : q);
            }
            audit.record(
                    "export.suggestions",
                    "suggestion",
                    null,
                    outcome,
                    Map.of("format", format, "filter", filter, "rows", export.rows()));
        }
    }

    private SuggestionExport export(
            CurrentUser user, SuggestionStatus status, Long departmentId, String q, Locale locale) {
        // the first page is read before the response starts, so that a bad filter is still an error page
        SuggestionExport export = new SuggestionExport(
                page -> queries.list(user, status, departmentId, q, page), messages, locale, calendar.zone());
        export.check();
        return export;
    }

    private static void start(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }
}
