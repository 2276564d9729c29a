package org.deputyflow.audit.domain;

import java.time.Instant;
import org.deputyflow.shared.Text;

/**
 * One archived month as the auditor checks it: what its row in {@code audit_archive} says, and whether the
 * file still matches it ({@code ok}; otherwise {@code problem} says what does not, in the bundles' words). {@code keyId} names the key
 * that signed the file, as its row records it, or for an older row that records none, the configured key whose
 * signature matches (null when none does).
 */
public record ArchiveCheck(
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
        Text problem) {}
