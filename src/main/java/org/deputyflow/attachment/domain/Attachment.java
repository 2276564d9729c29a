package org.deputyflow.attachment.domain;

import java.time.Instant;

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
        Instant uploadedAt) {}
