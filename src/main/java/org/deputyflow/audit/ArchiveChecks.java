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
            Digests digests = ArchiveFiles.digests(file, keys());
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
                return new Verdict(archive.keyId(), ArchiveFiles.sameHex(hmac, archive.fileHmac()) ? null
                        : "the file's signature does not match (HMAC-SHA256 with the key " + archive.keyId() + ")");
            }
            return digests.hmacs().entrySet().stream()
                .filter(h -> ArchiveFiles.sameHex(h.getValue(), archive.fileHmac()))
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
                    AuditEvent event = ArchiveFiles.event(text);
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
}
