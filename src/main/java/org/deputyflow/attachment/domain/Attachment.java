package org.deputyflow.attachment.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A file as recorded: whose it is, the name it came with, the type its content showed, its size and SHA-256,
 * and where the store keeps it.
 */
public record Attachment(
        long id,
        OwnerKind ownerKind,
        long ownerId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String storageKey,
        String uploadedBy,
        Instant uploadedAt) {

    /** What the audit trail records of a download or a removal: the file's record and its content's hash. */
    public Map<String, Object> auditDetails() {
        return Map.of("owner", ownerKind.name(), "ownerId", ownerId, "sha256", sha256);
    }
}
