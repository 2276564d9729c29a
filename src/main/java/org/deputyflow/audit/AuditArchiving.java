package org.deputyflow.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.deputyflow.audit.ArchiveFiles.Digests;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.audit.persistence.ArchiveRow;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.audit.persistence.ChainHead;
import org.deputyflow.shared.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the months of the trail older than the retention out of the table, one calendar month (UTC) at a
 * time, into a gzip file of JSON lines (every column, the hashes included) signed with an HMAC-SHA256 of the
 * file's bytes. The order makes a crash at any point lose nothing: the file is written and read back and
 * checked (every row's hash, the chain from the previous archive's last hash, the count, the signature);
 * then its row in {@code audit_archive} and the line {@code audit.archive} commit together; only then are
 * the month's rows deleted. A run that finds a file without a row writes it again; one that finds an
 * archive whose rows are still in the table deletes them (after checking the file against its row).
 * <p>
 * {@link ArchivePurge} deletes the rows, as the purge account when one is set; {@link ArchiveChecks} checks
 * each file before anything is removed, as it checks every archive for the auditors. Each archive row names
 * the key that signed its file (a key id, never the key); the current key signs, the previous keys only
 * check what they signed; {@link ArchiveFiles} is the file's format.
 * <p>
 * An archive holds a run of consecutive ids, so that the chain continues from it into the table: the
 * month's archive is every row from the first one left up to the first row of a later month (a line
 * written late with an earlier time goes with the next archive). Without {@code archive-key}
 * nothing is archived and nothing removed. One node at a time runs it (a lease in {@code audit_archive_lock}).
 */
@Service
public class AuditArchiving {

    static final int PAGE = 1000;

    private static final Logger log = LoggerFactory.getLogger(AuditArchiving.class);

    private final AuditMapper events;
    private final AuditTrail trail;
    private final AuditProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ArchivePurge purge;
    private final ArchiveChecks checks;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    AuditArchiving(
            AuditMapper events,
            AuditTrail trail,
            AuditProperties properties,
            Clock clock,
            PlatformTransactionManager transactions,
            ArchivePurge purge,
            ArchiveChecks checks) {
        this.events = events;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.purge = purge;
        this.checks = checks;
    }

    /**
     * Archives and removes every month whose end lies at least the retention before now.
     *
     * @return the archives written by this run, oldest first
     */
    public List<ArchiveRow> archiveDue() {
        if (properties.archiveKey() == null || properties.archiveKey().isBlank()) {
            log.warn(
                    "Audit archive refused: deputyflow.audit.archive-key is not set, so no archive can be signed;"
                            + " rows older than {} stay in audit_event",
                    properties.retention());
            return List.of();
        }
        Instant now = clock.instant();
        if (events.claimArchiveLease(node, now, now.plus(properties.archiveLease())) != 1) {
            log.info("Audit archive: another node runs it now");
            return List.of();
        }
        try {
            return archiveMonths(
                    now.atZone(ZoneOffset.UTC).minus(properties.retention()).toInstant());
        } finally {
            events.releaseArchiveLease(node);
        }
    }

    private List<ArchiveRow> archiveMonths(Instant cutoff) {
        List<ArchiveRow> written = new ArrayList<>();
        Optional<ArchiveRow> last = events.lastArchive();
        if (last.isPresent() && !purge.purge(last.get())) {
            return written;
        }
        // the run ends at the head as it finds it: its own lines are the next run's
        ChainHead head = events.head();
        while (true) {
            long after = last.map(ArchiveRow::lastId).orElse(0L);
            String prev = last.map(ArchiveRow::lastHash).orElse(AuditChain.GENESIS);
            List<AuditEvent> first = events.after(after, 1);
            if (first.isEmpty() || first.get(0).id() > head.lastId()) {
                return written;
            }
            YearMonth month = YearMonth.from(first.get(0).occurredAt().atZone(ZoneOffset.UTC));
            Instant end =
                    month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (end.isAfter(cutoff)) {
                return written;
            }
            ArchiveRow archive = archive(month, end, after, prev, head.lastId());
            written.add(archive);
            last = Optional.of(archive);
            if (!purge.purge(archive)) {
                return written;
            }
        }
    }

    /** Writes, re-reads and checks the month's file, then commits its archive row with the line that says so. */
    private ArchiveRow archive(YearMonth month, Instant end, long after, String prev, long headId) {
        Path folder = properties.archiveFolder();
        String name = "audit-" + month + "-" + String.format("%012d", after + 1) + ".jsonl.gz";
        Path file = folder.resolve(name);
        Path partial = folder.resolve(name + ".part");
        long count = 0;
        long lastId = after;
        String lastHash = prev;
        try {
            Files.createDirectories(folder);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                long cursor = after;
                pages:
                while (true) {
                    List<AuditEvent> page = events.after(cursor, PAGE);
                    for (AuditEvent event : page) {
                        if (event.id() > headId || !event.occurredAt().isBefore(end)) {
                            break pages;
                        }
                        out.write(ArchiveFiles.line(event));
                        out.write('\n');
                        count++;
                        lastId = event.id();
                        lastHash = event.rowHash();
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                    cursor = page.get(page.size() - 1).id();
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String keyId = ArchiveFiles.keyId(properties.archiveKey());
            Digests digests = ArchiveFiles.digests(file, List.of(properties.archiveKey()));
            String hmac = digests.hmacs().get(keyId);
            Path signature = folder.resolve(name + ".sig");
            Files.writeString(partial, hmac + "\n");
            Files.move(partial, signature, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ArchiveRow archive = new ArchiveRow(
                    0,
                    month.toString(),
                    name,
                    after + 1,
                    lastId,
                    prev,
                    lastHash,
                    count,
                    digests.sha256(),
                    hmac,
                    keyId,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS));
            Text problem = checks.check(archive, prev).problem();
            if (problem != null) {
                throw new IllegalStateException(
                        "the audit archive " + name + " does not verify, nothing removed: " + problem);
            }
            transaction.executeWithoutResult(status -> {
                events.insertArchive(archive);
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("month", archive.month());
                details.put("rows", archive.rowCount());
                details.put("firstId", archive.firstId());
                details.put("lastId", archive.lastId());
                details.put("file", archive.fileName());
                details.put("keyId", archive.keyId());
                trail.record("audit.archive", "audit_archive", archive.month(), AuditTrail.SUCCESS, details);
            });
            log.info("Audit archive: {} rows of {} ({} to {}) written to {}", count, month, after + 1, lastId, file);
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException("the audit archive " + file + " could not be written, nothing removed", e);
        }
    }
}
