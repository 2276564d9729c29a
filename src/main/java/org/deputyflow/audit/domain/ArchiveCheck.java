package org.deputyflow.audit.domain;

import java.time.Instant;

/**
 * One archived month as the auditor checks it: what its row in {@code audit_archive} says, and whether the
 * file still matches it ({@code ok}; otherwise {@code problem} says what does not).
 */
public record ArchiveCheck(String month, String fileName, long firstId, long lastId, long rowCount, String lastHash,
        String fileSha256, Instant archivedAt, boolean ok, String problem) {
}
