package org.deputyflow.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.deputyflow.audit.AuditReading;
import org.deputyflow.audit.domain.AuditFilter;
import org.deputyflow.audit.domain.ChainReport;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page: the trail filtered and paged, the failed sign-ins of the last 30 days, the chain's check. */
@PageController
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    static final int PAGE_SIZE = 50;
    static final int CHART_DAYS = 30;

    private final AuditReading reading;
    private final Clock clock;
    private final PageMessages messages;

    AuditPageController(AuditReading reading, Clock clock, PageMessages messages) {
        this.reading = reading;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("recordType", recordType);
        model.addAttribute("recordId", recordId);
        try {
            AuditFilter filter = AuditFilters.of(from, to, actor, action, recordType, recordId);
            model.addAttribute("events", reading.events(filter, PageRequest.of(page, PAGE_SIZE)));
        } catch (BadRequestException e) {
            model.addAttribute("error", messages.get(e));
            model.addAttribute("errorField", e.field());
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        model.addAttribute(
                "failedSignIns",
                reading.failedSignIns(
                        AuditFilters.startOf(today.minusDays(CHART_DAYS - 1)),
                        AuditFilters.startOf(today.plusDays(1))));
        return "audit/events";
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        ChainReport report = reading.verify();
        model.addAttribute("report", report);
        model.addAttribute("reason", report.ok() ? null : messages.get(report.reason()));
        return "audit/verify";
    }
}
