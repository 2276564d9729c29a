package org.deputyflow.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.deputyflow.audit.ArchiveChecks;
import org.deputyflow.audit.AuditReading;
import org.deputyflow.audit.domain.ArchiveCheck;
import org.deputyflow.audit.domain.AuditFilter;
import org.deputyflow.audit.domain.AuditPage;
import org.deputyflow.audit.domain.ChainReport;
import org.deputyflow.audit.domain.DayCount;
import org.deputyflow.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the auditor only; the administrator gets 403 like everyone else. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "audit", description = "api.tag.audit")
class AuditApiController {

    private final AuditReading reading;
    private final ArchiveChecks checks;
    private final Clock clock;
    private final MessageSource messages;

    AuditApiController(AuditReading reading, ArchiveChecks checks, Clock clock, MessageSource messages) {
        this.reading = reading;
        this.checks = checks;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/events")
    @Operation(summary = "api.audit.events")
    AuditPage events(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reading.events(
                AuditFilters.of(from, to, actor, action, recordType, recordId), PageRequest.of(page, size));
    }

    @GetMapping("/events.csv")
    @Operation(summary = "api.audit.csv")
    void csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String recordId,
            HttpServletResponse response)
            throws IOException {
        AuditFilter filter = AuditFilters.of(from, to, actor, action, recordType, recordId);
        AuditCsv.start(response);
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            AuditCsv csv = new AuditCsv(out);
            csv.header();
            reading.export(filter, csv::row);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @GetMapping("/verify")
    @Operation(summary = "api.audit.verify")
    ChainView verify() {
        ChainReport report = reading.verify();
        return new ChainView(
                report.ok(),
                report.checked(),
                report.brokenId(),
                report.ok() ? null : messages.getMessage(report.reason(), LocaleContextHolder.getLocale()),
                report.ok() ? null : report.reason().code());
    }

    @GetMapping("/archives")
    @Operation(summary = "api.audit.archives")
    List<ArchiveView> archives() {
        return checks.checkArchives().stream().map(this::view).toList();
    }

    @GetMapping("/failed-sign-ins")
    @Operation(summary = "api.audit.failedSignIns")
    List<DayCount> failedSignIns(
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        return reading.failedSignIns(AuditFilters.startOf(first), AuditFilters.startOf(last.plusDays(1)));
    }

    private ArchiveView view(ArchiveCheck c) {
        return new ArchiveView(
                c.month(),
                c.fileName(),
                c.firstId(),
                c.lastId(),
                c.rowCount(),
                c.lastHash(),
                c.fileSha256(),
                c.keyId(),
                c.archivedAt(),
                c.ok(),
                c.ok() ? null : messages.getMessage(c.problem(), LocaleContextHolder.getLocale()),
                c.ok() ? null : c.problem().code());
    }

    /** An archive's check with what is wrong in the caller's language and by its code. */
    record ArchiveView(
            String month,
            String fileName,
            long firstId,
            long lastId,
            long rowCount,
            String lastHash,
            String fileSha256,
            String keyId,
            Instant archivedAt,
            boolean ok,
            String problem,
            String problemCode) {}

    /** The chain's check with its reason in the caller's language and by its code. */
    record ChainView(boolean ok, long checked, Long brokenId, String reason, String reasonCode) {}
}
