package org.deputyflow.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import org.deputyflow.audit.domain.ArchiveCheck;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.audit.persistence.ArchiveRow;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.audit.persistence.ChainHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Moves the months of the trail older than the retention out of the table, one calendar month (UTC) at a
 * time, into a gzip file of JSON lines (every column, the hashes included) signed with an HMAC-SHA256 of the
 * file's bytes. The order makes a crash at any point lose nothing: the file is written and read back and
 * checked (every row's hash, the chain from the previous archive's last hash, the count, the signature);
 * then its row in {@code audit_archive} and the line {@code audit.archive} commit together; only then are
 * the month's rows deleted. A run that finds a file without a row writes it again; one that finds an
 * archive whose rows are still in the table deletes them (after checking the file against its row).
 * <p>
 * The rows are deleted by the purge account ({@code purge-username}) when one is set, on a connection of
 * its own opened for the purge only, so that the application's account needs no DELETE on the trail; a
 * purge that fails keeps the rows for the next run. Each archive row names the key that signed its file
 * (a key id, never the key); the current key signs, the previous keys only check what they signed.
 * <p>
 * An archive holds a run of consecutive ids, so that the chain continues from it into the table: the
 * month's archive is every row from the first one left up to the first row of a later month (a line
 * written late with an earlier time goes with the next archive). Without {@code archive-key}
 * nothing is archived and nothing removed. One node at a time runs it (a lease in {@code audit_archive_lock}).
 */
@Service
public class AuditArchiving {

    static final int PAGE = 1000;
    static final int DELETE_CHUNK = 5000;

    private static final Logger log = LoggerFactory.getLogger(AuditArchiving.class);

    private final AuditMapper events;
    private final AuditTrail trail;
    private final AuditProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DataSource purgeAccount;
    private final ObjectMapper json = new ObjectMapper();
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    AuditArchiving(AuditMapper events, AuditTrail trail, AuditProperties properties, Clock clock,
            PlatformTransactionManager transactions, DataSourceProperties datasource) {
        this.events = events;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // no pool: the account connects only when archived rows wait (about once a month), and holds nothing between
        this.purgeAccount = !properties.separatePurgeAccount() ? null
                : new DriverManagerDataSource(properties.purgeUrl().isBlank() ? datasource.determineUrl()
                        : properties.purgeUrl(), properties.purgeUsername(), properties.purgePassword());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void sayWhoPurges() {
        if (purgeAccount == null) {
            log.warn("deputyflow.audit.purge-username is not set: the audit archive's purge deletes with the"
                    + " application's database account, which then needs DELETE on audit_event"
                    + " (README: Audit trail, MySQL GRANTs)");
        } else {
            log.info("Audit archive: archived rows are deleted by the database account {}",
                    properties.purgeUsername());
        }
    }

    /**
     * Archives and removes every month whose end lies at least the retention before now.
     *
     * @return the archives written by this run, oldest first
     */
    public List<ArchiveRow> archiveDue() {
        if (properties.archiveKey() == null || properties.archiveKey().isBlank()) {
            log.warn("Audit archive refused: deputyflow.audit.archive-key is not set, so no archive can be signed;"
                    + " rows older than {} stay in audit_event", properties.retention());
            return List.of();
        }
        Instant now = clock.instant();
        if (events.claimArchiveLease(node, now, now.plus(properties.archiveLease())) != 1) {
            log.info("Audit archive: another node runs it now");
            return List.of();
        }
        try {
            return archiveMonths(now.atZone(ZoneOffset.UTC).minus(properties.retention()).toInstant());
        } finally {
            events.releaseArchiveLease(node);
        }
    }

    private List<ArchiveRow> archiveMonths(Instant cutoff) {
        List<ArchiveRow> written = new ArrayList<>();
        Optional<ArchiveRow> last = events.lastArchive();
        if (last.isPresent() && !purge(last.get())) {
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
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (end.isAfter(cutoff)) {
                return written;
            }
            ArchiveRow archive = archive(month, end, after, prev, head.lastId());
            written.add(archive);
            last = Optional.of(archive);
            if (!purge(archive)) {
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
                pages: while (true) {
                    List<AuditEvent> page = events.after(cursor, PAGE);
                    for (AuditEvent event : page) {
                        if (event.id() > headId || !event.occurredAt().isBefore(end)) {
                            break pages;
                        }
                        out.write(json.writeValueAsBytes(line(event)));
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
            String keyId = keyId(properties.archiveKey());
            Digests digests = digests(file, List.of(properties.archiveKey()));
            String hmac = digests.hmacs().get(keyId);
            Path signature = folder.resolve(name + ".sig");
            Files.writeString(partial, hmac + "\n");
            Files.move(partial, signature, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ArchiveRow archive = new ArchiveRow(0, month.toString(), name, after + 1, lastId, prev, lastHash, count,
                    digests.sha256(), hmac, keyId, clock.instant().truncatedTo(ChronoUnit.SECONDS));
            String problem = check(archive, prev).problem();
            if (problem != null) {
                throw new IllegalStateException("the audit archive " + name + " does not verify, nothing removed: "
                        + problem);
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

    /**
     * Deletes the rows an archive holds that are still in the table, once its file matches the row. It runs
     * after the archive's row committed, each statement a transaction of its own: rows a failed or broken-off
     * purge leaves are deleted by the next run.
     *
     * @return whether the table now starts after the archive
     */
    private boolean purge(ArchiveRow archive) {
        if (events.countUpTo(archive.lastId()) == 0) {
            return true;
        }
        Path file = properties.archiveFolder().resolve(archive.fileName());
        String problem;
        try {
            problem = !Files.isRegularFile(file) ? "the file is missing"
                    : digests(file, List.of()).sha256().equals(archive.fileSha256()) ? null
                    : "the file's SHA-256 does not match its archive row";
        } catch (IOException e) {
            problem = "the file cannot be read: " + e;
        }
        if (problem != null) {
            log.error("Audit archive: rows up to {} are still in audit_event and are kept, {}: {}", archive.lastId(),
                    problem, file);
            return false;
        }
        long from = events.after(0, 1).get(0).id() - 1;
        long deleted;
        try {
            deleted = purgeAccount == null ? deleteAsTheApplication(from, archive.lastId())
                    : deleteAsThePurgeAccount(from, archive.lastId());
        } catch (SQLException | DataAccessException e) {
            log.error("Audit archive: rows up to {} are kept in audit_event, the database account {} could not"
                    + " delete them; the next run tries again: {}", archive.lastId(),
                    purgeAccount == null ? "of the application" : properties.purgeUsername(), e.getMessage());
            return false;
        }
        log.info("Audit archive: {} rows up to {} removed from audit_event ({})", deleted, archive.lastId(),
                archive.fileName());
        return true;
    }

    /** Deletes the rows {@code from < id <= upTo}, {@value #DELETE_CHUNK} ids per statement. */
    private long deleteAsTheApplication(long from, long upTo) {
        long deleted = 0;
        for (long after = from; after < upTo; after = Math.min(after + DELETE_CHUNK, upTo)) {
            deleted += events.deleteArchived(after, Math.min(after + DELETE_CHUNK, upTo));
        }
        return deleted;
    }

    /** The same as {@code AuditMapper.deleteArchived}, on one connection of the purge account. */
    private long deleteAsThePurgeAccount(long from, long upTo) throws SQLException {
        long deleted = 0;
        try (Connection connection = purgeAccount.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM audit_event WHERE id > ? AND id <= ?")) {
            connection.setAutoCommit(true);
            for (long after = from; after < upTo; after = Math.min(after + DELETE_CHUNK, upTo)) {
                delete.setLong(1, after);
                delete.setLong(2, Math.min(after + DELETE_CHUNK, upTo));
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }

    /** Every archive checked against its file, and each against the one before it. */
    public List<ArchiveCheck> checkArchives() {
        List<ArchiveCheck> checks = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        long prevLast = 0;
        for (ArchiveRow archive : events.archives()) {
            String problem = archive.firstId() != prevLast + 1 || !archive.firstPrevHash().equals(prev)
                    ? "it does not continue the chain of the archive before it" : null;
            String keyId = archive.keyId();
            if (problem == null) {
                Verdict verdict = check(archive, archive.firstPrevHash());
                problem = verdict.problem();
                keyId = verdict.keyId();
            }
            checks.add(new ArchiveCheck(archive.month(), archive.fileName(), archive.firstId(), archive.lastId(),
                    archive.rowCount(), archive.lastHash(), archive.fileSha256(), keyId, archive.archivedAt(),
                    problem == null, problem));
            prev = archive.lastHash();
            prevLast = archive.lastId();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("archives", checks.size());
        details.put("broken", checks.stream().filter(c -> !c.ok()).count());
        trail.record("audit.verify", "audit_archive", null, AuditTrail.SUCCESS, details);
        return checks;
    }

    /**
     * What an archive's check found: the id of the key that signed it (its row's, or for a row written
     * before rows named their key, the configured key whose signature matches), and what is wrong, or null.
     */
    record Verdict(String keyId, String problem) {
    }

    /**
     * Checks an archive's file: its digests, its signature under the key its row names (a row that names
     * none: under any configured key) and every row's hash.
     */
    Verdict check(ArchiveRow archive, String prev) {
        Verdict signature = checkSignature(archive);
        return signature.problem() != null ? signature : new Verdict(signature.keyId(), checkRows(archive, prev));
    }

    private Verdict checkSignature(ArchiveRow archive) {
        Path file = properties.archiveFolder().resolve(archive.fileName());
        if (!Files.isRegularFile(file)) {
            return new Verdict(archive.keyId(), "the file is missing");
        }
        try {
            Digests digests = digests(file, keys());
            if (!digests.sha256().equals(archive.fileSha256())) {
                return new Verdict(archive.keyId(), "the file's SHA-256 does not match its archive row");
            }
            if (digests.hmacs().isEmpty()) {
                return new Verdict(archive.keyId(), "no archive key is set, the signature cannot be checked");
            }
            if (archive.keyId() != null) {
                String hmac = digests.hmacs().get(archive.keyId());
                if (hmac == null) {
                    return new Verdict(archive.keyId(),
                            "signed with a key that is not configured (key id " + archive.keyId() + ")");
                }
                return new Verdict(archive.keyId(), sameHex(hmac, archive.fileHmac()) ? null
                        : "the file's signature does not match (HMAC-SHA256 with the key " + archive.keyId() + ")");
            }
            return digests.hmacs().entrySet().stream().filter(h -> sameHex(h.getValue(), archive.fileHmac()))
                .map(h -> new Verdict(h.getKey(), null)).findFirst()
                .orElse(new Verdict(null, "the file's signature does not match (HMAC-SHA256 with none of the"
                        + " configured archive keys; its row names no key id)"));
        } catch (IOException | RuntimeException e) {
            return new Verdict(archive.keyId(), "the file cannot be read: " + e.getMessage());
        }
    }

    /** What is wrong with the archive's rows, or null: the .sig beside it, every row's hash and the chain. */
    private String checkRows(ArchiveRow archive, String prev) {
        Path file = properties.archiveFolder().resolve(archive.fileName());
        try {
            Path signature = file.resolveSibling(archive.fileName() + ".sig");
            if (Files.isRegularFile(signature) && !Files.readString(signature).strip().equals(archive.fileHmac())) {
                return "the .sig file beside it does not match its archive row";
            }
            long expectedId = archive.firstId();
            String expectedPrev = prev;
            long count = 0;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                String text;
                while ((text = lines.readLine()) != null) {
                    AuditEvent event = event(json.readTree(text));
                    count++;
                    if (event.id() != expectedId) {
                        return "row " + expectedId + " is missing from the file";
                    }
                    if (!event.prevHash().equals(expectedPrev)) {
                        return "row " + event.id() + ": its previous hash is not the hash of the row before it";
                    }
                    if (!event.expectedHash().equals(event.rowHash())) {
                        return "row " + event.id() + ": its content does not match its hash";
                    }
                    expectedPrev = event.rowHash();
                    expectedId++;
                }
            }
            if (count != archive.rowCount() || expectedId - 1 != archive.lastId()) {
                return "the file holds " + count + " rows, its archive row says " + archive.rowCount();
            }
            if (!expectedPrev.equals(archive.lastHash())) {
                return "the last row's hash does not match its archive row";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "the file cannot be read: " + e.getMessage();
        }
    }

    /** The keys an archive may be signed with: the current one, then the previous ones. */
    private List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (properties.archiveKey() != null && !properties.archiveKey().isBlank()) {
            keys.add(properties.archiveKey());
        }
        keys.addAll(properties.archivePreviousKeys());
        return keys;
    }

    /** What an archive row records of the key that signed its file: the first 16 hex digits of its SHA-256. */
    static String keyId(String key) {
        return AuditChain.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** The file's SHA-256, and its HMAC-SHA256 under each key, by key id. */
    private record Digests(String sha256, Map<String, String> hmacs) {
    }

    private Digests digests(Path file, List<String> keys) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, Mac> macs = new LinkedHashMap<>();
            for (String key : keys) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                macs.putIfAbsent(keyId(key), mac);
            }
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                    for (Mac mac : macs.values()) {
                        mac.update(buffer, 0, n);
                    }
                }
            }
            Map<String, String> hmacs = new LinkedHashMap<>();
            macs.forEach((id, mac) -> hmacs.put(id, HexFormat.of().formatHex(mac.doFinal())));
            return new Digests(HexFormat.of().formatHex(sha.digest()), hmacs);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 and HmacSHA256 are part of every Java runtime", e);
        }
    }

    /** Compared in constant time: how much of a forged signature matches must not show in the time taken. */
    private static boolean sameHex(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }

    private static Map<String, Object> line(AuditEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", event.id());
        line.put("occurred_at", event.occurredAt().toString());
        line.put("actor_login", event.actorLogin());
        line.put("actor_roles", event.actorRoles());
        line.put("client_address", event.clientAddress());
        line.put("user_agent", event.userAgent());
        line.put("action", event.action());
        line.put("record_type", event.recordType());
        line.put("record_id", event.recordId());
        line.put("outcome", event.outcome());
        line.put("details", event.details());
        line.put("prev_hash", event.prevHash());
        line.put("row_hash", event.rowHash());
        return line;
    }

    private static AuditEvent event(JsonNode line) {
        return new AuditEvent(line.get("id").asLong(), Instant.parse(line.get("occurred_at").asText()),
                text(line, "actor_login"), text(line, "actor_roles"), text(line, "client_address"),
                text(line, "user_agent"), text(line, "action"), text(line, "record_type"), text(line, "record_id"),
                text(line, "outcome"), text(line, "details"), text(line, "prev_hash"), text(line, "row_hash"));
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
