package org.deputyflow.records.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.records.DeputyRecords;
import org.deputyflow.records.domain.DeputyRecord;
import org.deputyflow.records.domain.RecordOrder;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deputies' records as pages: every deputy's for committee staff (sortable, filtered, with the
 * deputies who submitted nothing marked, and as CSV), and a deputy's own by year.
 */
@PageController
class DeputyRecordsPagesController {

    static final int PAGE_SIZE = 50;

    private final DeputyRecords records;
    private final MessageSource messages;
    private final AuditTrail audit;

    DeputyRecordsPagesController(DeputyRecords records, MessageSource messages, AuditTrail audit) {
        this.records = records;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/staff/deputies/records")
    @PreAuthorize("hasRole('STAFF')")
    String staff(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String delegation,
            @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(required = false) Integer page,
            Model model) {
        RecordOrder order = RecordOrder.parse(sort);
        int y = records.year(year);
        model.addAttribute("records", records.all(y, delegation, inactive, order, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("year", y);
        model.addAttribute("order", order);
        model.addAttribute("delegation", delegation == null || delegation.isBlank() ? null : delegation.strip());
        model.addAttribute("delegations", records.delegations());
        model.addAttribute("inactive", inactive);
        model.addAttribute("columns", RecordOrder.Column.values());
        return "records/staff";
    }

    @GetMapping("/staff/deputies/records.csv")
    @PreAuthorize("hasRole('STAFF')")
    void csv(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String delegation,
            @RequestParam(defaultValue = "false") boolean inactive,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        RecordOrder order = RecordOrder.parse(sort);
        int y = records.year(year);
        RecordsCsv export = new RecordsCsv(page -> records.all(y, delegation, inactive, order, page), messages, locale);
        // the first page is read before the response starts, so that a bad filter is still an error page
        export.check();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("deputy-records-" + y + ".csv")
                        .build()
                        .toString());
        String outcome = AuditTrail.FAILURE;
        try (OutputStream out = response.getOutputStream()) {
            export.write(out);
            outcome = AuditTrail.SUCCESS;
        } finally {
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("year", y);
            if (delegation != null && !delegation.isBlank()) {
                filter.put("delegation", delegation.length() > 100 ? delegation.substring(0, 100) : delegation);
            }
            if (inactive) {
                filter.put("inactive", true);
            }
            audit.record(
                    "export.deputy-records",
                    "deputy",
                    null,
                    outcome,
                    Map.of("format", "csv", "filter", filter, "rows", export.rows()));
        }
    }

    @GetMapping("/deputy/records")
    @PreAuthorize("hasRole('DEPUTY')")
    String own(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        DeputyRecord record = records.own(user, year);
        model.addAttribute("record", record);
        model.addAttribute("year", record.year());
        return "records/own";
    }
}
