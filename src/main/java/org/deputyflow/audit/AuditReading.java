package org.deputyflow.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.audit.domain.AuditFilter;
import org.deputyflow.audit.domain.AuditPage;
import org.deputyflow.audit.domain.ChainReport;
import org.deputyflow.audit.domain.DayCount;
import org.deputyflow.audit.persistence.ArchiveRow;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.audit.persistence.ChainHead;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's reading of the trail: pages, the export, the chain's check and the failed sign-ins per
 * day. Every read is itself a line of the trail, so that the auditor is audited too.
 */
@Service
public class AuditReading {

    static final int CHAIN_PAGE = 1000;
    static final int MAX_CHART_DAYS = 366;

    /** The action of a failed sign-in, which the chart counts. */
    public static final String SIGN_IN_FAILED = "sign-in.failed";

    private final AuditMapper events;
    private final AuditTrail trail;

    AuditReading(AuditMapper events, AuditTrail trail) {
        this.events = events;
        this.trail = trail;
    }

    /** A page newest first; the pager's count stops at {@link AuditPage#COUNT_CAP} rows. */
    @Transactional
    public AuditPage events(AuditFilter filter, PageRequest request) {
        check(filter);
        long counted = events.countAtMost(filter, AuditPage.COUNT_CAP + 1);
        List<AuditEvent> page = counted == 0 ? List.of() : events.search(filter, request.offset(), request.size());
        // written last: the chain's head stays locked from this line to the commit
        trail.record("audit.read", "audit", null, AuditTrail.SUCCESS, describe(filter, request));
        return AuditPage.of(page, request.page(), request.size(), counted);
    }

    /**
     * Hands every matching row, in chain order, to {@code out}, a page at a time; the export's own line
     * is written first, committed on its own, with the filter and the number of rows; then nothing more is
     * read into memory than one page, and no lock is held while the rows are written out.
     *
     * @return how many rows were exported
     */
    public long export(AuditFilter filter, Consumer<AuditEvent> out) {
        check(filter);
        long total = events.count(filter);
        Map<String, Object> details = describe(filter, null);
        details.put("rows", total);
        trail.record("audit.export", "audit", null, AuditTrail.SUCCESS, details);
        long written = 0;
        long after = 0;
        while (true) {
            List<AuditEvent> page = events.matchingAfter(filter, after, CHAIN_PAGE);
            for (AuditEvent event : page) {
                out.accept(event);
                written++;
            }
            if (page.size() < CHAIN_PAGE) {
                return written;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * Walks the chain from its first remaining row to the head, a page at a time: each row's previous hash
     * must be the hash of the row before it (of the last archive's last row for the first remaining one),
     * each row's hash must match its content, and the head must name the last row. The walk ends at the
     * head as read when it starts: rows appended meanwhile are the next walk's.
     */
    public ChainReport verify() {
        trail.record("audit.verify", "audit", null, AuditTrail.SUCCESS, null);
        ChainHead head = events.head();
        Optional<ArchiveRow> archive = events.lastArchive();
        String expectedPrev = archive.map(ArchiveRow::lastHash).orElse(AuditChain.GENESIS);
        long expectedId = archive.map(ArchiveRow::lastId).orElse(0L) + 1;
        long checked = 0;
        // rows an archive holds that are still in the table (a purge that stopped half-way) are its file's to check
        long after = expectedId - 1;
        while (true) {
            List<AuditEvent> page = events.after(after, CHAIN_PAGE);
            for (AuditEvent event : page) {
                if (event.id() > head.lastId()) {
                    break;
                }
                checked++;
                if (event.id() != expectedId) {
                    return ChainReport.broken(
                            checked,
                            event.id(),
                            Text.of(
                                    "text.audit.chain.rowsMissing",
                                    String.valueOf(expectedId),
                                    String.valueOf(event.id() - 1)));
                }
                if (!event.prevHash().equals(expectedPrev)) {
                    return ChainReport.broken(
                            checked,
                            event.id(),
                            Text.of("text.audit.chain.previousHash", String.valueOf(event.id() - 1)));
                }
                if (!event.expectedHash().equals(event.rowHash())) {
                    return ChainReport.broken(checked, event.id(), Text.of("text.audit.chain.content"));
                }
                expectedPrev = event.rowHash();
                expectedId++;
            }
            if (page.size() < CHAIN_PAGE || page.get(page.size() - 1).id() >= head.lastId()) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        if (head.lastId() != expectedId - 1 || !head.lastHash().equals(expectedPrev)) {
            return ChainReport.broken(
                    checked,
                    null,
                    Text.of("text.audit.chain.head", String.valueOf(head.lastId()), String.valueOf(expectedId - 1)));
        }
        return ChainReport.intact(checked);
    }

    /** Failed sign-ins per day (UTC) from {@code from} up to and including {@code to}. */
    @Transactional
    public List<DayCount> failedSignIns(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new BadRequestException("from", "error.audit.days.order");
        }
        if (from.plus(MAX_CHART_DAYS, ChronoUnit.DAYS).isBefore(to)) {
            throw new BadRequestException("to", "error.audit.days.tooMany", String.valueOf(MAX_CHART_DAYS));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.toString());
        details.put("to", to.toString());
        List<DayCount> days = events.countPerDay(SIGN_IN_FAILED, from, to);
        trail.record("audit.read", "audit", null, AuditTrail.SUCCESS, details);
        return days;
    }

    private static void check(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw new BadRequestException("from", "error.audit.time.order");
        }
    }

    private static Map<String, Object> describe(AuditFilter filter, PageRequest request) {
        Map<String, Object> details = new LinkedHashMap<>();
        put(details, "from", filter.from());
        put(details, "to", filter.to());
        put(details, "actor", filter.actor());
        put(details, "action", filter.action());
        put(details, "recordType", filter.recordType());
        put(details, "recordId", filter.recordId());
        if (request != null) {
            details.put("page", request.page());
            details.put("size", request.size());
        }
        return details;
    }

    private static void put(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, String.valueOf(value));
        }
    }
}
