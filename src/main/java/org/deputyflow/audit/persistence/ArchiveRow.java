package org.deputyflow.audit.persistence;

import java.time.Instant;

/**
 * One archived month of the trail. {@code keyId} names the key that signed the file (the first 16 hex digits
 * of the key's SHA-256); null for the archives written before rows named their key.
 */
public record ArchiveRow(
        long id,
        String month,
        String fileName,
        long firstId,
        long lastId,
        String firstPrevHash,
        String lastHash,
        long rowCount,
        String fileSha256,
        String fileHmac,
        String keyId,
        Instant archivedAt) {}
