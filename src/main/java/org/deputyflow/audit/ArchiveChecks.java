package org.deputyflow.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.deputyflow.audit.ArchiveFiles.Digests;
import org.deputyflow.audit.domain.ArchiveCheck;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.audit.persistence.ArchiveRow;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.shared.Text;
import org.springframework.stereotype.Service;

/**
 * Checks the archives of the trail against their files: each file's digests, its signature under the
 * key its row names (the current key or a previous one), every row's hash and the chain from one
 * archive into the next. The archiving checks each file it writes the same way before anything is
 * removed; auditors check them all on request, and each such check is an audit line.
 */
@Service
public class ArchiveChecks {

    private final AuditMapper events;
    private final AuditTrail trail;
    private final AuditProperties properties;

    ArchiveChecks(AuditMapper events, AuditTrail trail, AuditProperties properties) {
        this.events = events;
        this.trail = trail;
        this.properties = properties;
    }

    /** Every archive checked against its file, and each against the one before it. */
    public List<ArchiveCheck> checkArchives() {
        List<ArchiveCheck> checks = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        long prevLast = 0;
        for (ArchiveRow archive : events.archives()) {
            Text problem = archive.firstId() != prevLast + 1
                            || !archive.firstPrevHash().equals(prev)
                    ? Text.of("text.audit.archive.notContinued")
                    : null;
            String keyId = archive.keyId();
            if (problem == null) {
                Verdict verdict = check(archive, archive.firstPrevHash());
                problem = verdict.problem();
                keyId = verdict.keyId();
            }
            checks.add(new ArchiveCheck(
                    archive.month(),
                    archive.fileName(),
                    archive.firstId(),
                    archive.lastId(),
                    archive.rowCount(),
                    archive.lastHash(),
                    archive.fileSha256(),
                    keyId,
                    archive.archivedAt(),
                    problem == null,
                    problem));
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
    record Verdict(String keyId, Text problem) {}

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
            return new Verdict(archive.keyId(), Text.of("text.audit.archive.fileMissing"));
        }
        try {
            Digests digests = ArchiveFiles.digests(file, keys());
            if (!digests.sha256().equals(archive.fileSha256())) {
                return new Verdict(archive.keyId(), Text.of("text.audit.archive.sha256"));
            }
            if (digests.hmacs().isEmpty()) {
                return new Verdict(archive.keyId(), Text.of("text.audit.archive.noKey"));
            }
            if (archive.keyId() != null) {
                String hmac = digests.hmacs().get(archive.keyId());
                if (hmac == null) {
                    return new Verdict(archive.keyId(), Text.of("text.audit.archive.unknownKey", archive.keyId()));
                }
                return new Verdict(
                        archive.keyId(),
                        ArchiveFiles.sameHex(hmac, archive.fileHmac())
                                ? null
                                : Text.of("text.audit.archive.signature", archive.keyId()));
            }
            return digests.hmacs().entrySet().stream()
                    .filter(h -> ArchiveFiles.sameHex(h.getValue(), archive.fileHmac()))
                    .map(h -> new Verdict(h.getKey(), null))
                    .findFirst()
                    .orElse(new Verdict(null, Text.of("text.audit.archive.signatureNoKey")));
        } catch (IOException | RuntimeException e) {
            return new Verdict(archive.keyId(), unreadable(e));
        }
    }

    /** What is wrong with the archive's rows, or null: the .sig beside it, every row's hash and the chain. */
    private Text checkRows(ArchiveRow archive, String prev) {
        Path file = properties.archiveFolder().resolve(archive.fileName());
        try {
            Path signature = file.resolveSibling(archive.fileName() + ".sig");
            if (Files.isRegularFile(signature)
                    && !Files.readString(signature).strip().equals(archive.fileHmac())) {
                return Text.of("text.audit.archive.sigFile");
            }
            long expectedId = archive.firstId();
            String expectedPrev = prev;
            long count = 0;
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                String text;
                while ((text = lines.readLine()) != null) {
                    AuditEvent event = ArchiveFiles.event(text);
                    count++;
                    if (event.id() != expectedId) {
                        return Text.of("text.audit.archive.rowMissing", String.valueOf(expectedId));
                    }
                    if (!event.prevHash().equals(expectedPrev)) {
                        return Text.of("text.audit.archive.rowPrevious", String.valueOf(event.id()));
                    }
                    if (!event.expectedHash().equals(event.rowHash())) {
                        return Text.of("text.audit.archive.rowContent", String.valueOf(event.id()));
                    }
                    expectedPrev = event.rowHash();
                    expectedId++;
                }
            }
            if (count != archive.rowCount() || expectedId - 1 != archive.lastId()) {
                return Text.of("text.audit.archive.rowCount", count, archive.rowCount());
            }
            if (!expectedPrev.equals(archive.lastHash())) {
                return Text.of("text.audit.archive.lastHash");
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return unreadable(e);
        }
    }

    /** The cause as the file system or the parser put it, not translated. */
    private static Text unreadable(Exception e) {
        return Text.of("text.audit.archive.unreadable", String.valueOf(e.getMessage()));
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
}
