package org.deputyflow.audit.persistence;

import java.time.Instant;

/** One archived month of the trail. */
public record ArchiveRow(long id, String month, String fileName, long firstId, long lastId, String firstPrevHash,
        String lastHash, long rowCount, String fileSha256, String fileHmac, Instant archivedAt) {
}
