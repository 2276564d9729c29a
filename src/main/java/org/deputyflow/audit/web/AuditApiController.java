package org.deputyflow.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.deputyflow.audit.ArchiveChecks;
import org.deputyflow.audit.AuditReading;
import org.deputyflow.audit.domain.ArchiveCheck;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.audit.domain.AuditFilter;
import org.deputyflow.audit.domain.AuditPage;
import org.deputyflow.audit.domain.ChainReport;
import org.deputyflow.audit.domain.DayCount;
import org.deputyflow.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The audit trail for the auditor only; the administrator gets 403 like everyone else. */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "audit", description = "安全审计（审计管理员）")
class AuditApiController {

    private final AuditReading reading;
    private final ArchiveChecks checks;
    private final Clock clock;

    AuditApiController(AuditReading reading, ArchiveChecks checks, Clock clock) {
        this.reading = reading;
        this.checks = checks;
        this.clock = clock;
    }

    @GetMapping("/events")
    @Operation(summary = "审计记录（最新在前，分页；from/to 为 ISO 日期或时间，UTC，to 不含；total 最多数到 10000，"
            + "多于此数时 totalCapped 为 true）")
    AuditPage events(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return reading.events(AuditFilters.of(from, to, actor, action, recordType, recordId), PageRequest.of(page, size));
    }

    @GetMapping("/events.csv")
    @Operation(summary = "导出审计记录（CSV，按链的顺序）")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
            HttpServletResponse response) throws IOException {
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
    @Operation(summary = "校验哈希链：完好，或第一处断裂的记录及原因")
    ChainReport verify() {
        return reading.verify();
    }

    @GetMapping("/archives")
    @Operation(summary = "已归档的月份及其文件校验（SHA-256、HMAC 签名、每行哈希与链的衔接）")
    List<ArchiveCheck> archives() {
        return checks.checkArchives();
    }

    @GetMapping("/failed-sign-ins")
    @Operation(summary = "每日登录失败次数（UTC 日期，from 到 to 含两端，最多 366 天）")
    List<DayCount> failedSignIns(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate last = to == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        return reading.failedSignIns(AuditFilters.startOf(first), AuditFilters.startOf(last.plusDays(1)));
    }
}
