package org.deputyflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.domain.AuditEvent;

/**
 * What an archive file is: one JSON line per row of the trail, every column and the hashes included,
 * in a gzip file beside a {@code .sig} with its HMAC-SHA256; and how its digests and key ids are made.
 */
final class ArchiveFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveFiles() {}

    /** The file's SHA-256, and its HMAC-SHA256 under each key, by key id. */
    record Digests(String sha256, Map<String, String> hmacs) {}

    /** What an archive row records of the key that signed its file: the first 16 hex digits of its SHA-256. */
    static String keyId(String key) {
        return AuditChain.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static Digests digests(Path file, List<String> keys) throws IOException {
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
    static boolean sameHex(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** The row as its line in the file, without the line break. */
    static byte[] line(AuditEvent event) throws JsonProcessingException {
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
        return JSON.writeValueAsBytes(line);
    }

    /** The row a line of the file holds. */
    static AuditEvent event(String text) throws JsonProcessingException {
        JsonNode line = JSON.readTree(text);
        return new AuditEvent(
                line.get("id").asLong(),
                Instant.parse(line.get("occurred_at").asText()),
                text(line, "actor_login"),
                text(line, "actor_roles"),
                text(line, "client_address"),
                text(line, "user_agent"),
                text(line, "action"),
                text(line, "record_type"),
                text(line, "record_id"),
                text(line, "outcome"),
                text(line, "details"),
                text(line, "prev_hash"),
                text(line, "row_hash"));
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
