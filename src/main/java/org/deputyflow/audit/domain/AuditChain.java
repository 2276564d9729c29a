package org.deputyflow.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's arithmetic: a row's hash is the SHA-256 of its canonical content followed by the
 * previous row's hash, so that changing, removing or inserting a row breaks every hash after it.
 */
public final class AuditChain {

    /** The previous hash of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u2400";

    private AuditChain() {}

    public static String hash(AuditEvent event, String prevHash) {
        String canonical = String.join(
                String.valueOf(SEPARATOR),
                String.valueOf(event.id()),
                String.valueOf(event.occurredAt().getEpochSecond()),
                text(event.actorLogin()),
                text(event.actorRoles()),
                text(event.clientAddress()),
                text(event.userAgent()),
                text(event.action()),
                text(event.recordType()),
                text(event.recordId()),
                text(event.outcome()),
                text(event.details()),
                prevHash);
        return sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String text(String value) {
        return value == null ? NULL : value;
    }
}
