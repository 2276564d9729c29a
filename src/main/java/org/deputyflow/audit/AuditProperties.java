package org.deputyflow.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the trail stays in the database and where older months go.
 *
 * @param retention rows younger than this stay in the table; at least 180 days (等保 asks for six months)
 * @param archiveFolder where the monthly archive files are written
 * @param archiveKey the key of the archive files' HMAC; without one, archiving is refused (rows stay)
 * @param archivePreviousKeys earlier archive keys, comma-separated: they only check the archives they signed
 * @param archiveLease how long one node holds the cluster-wide lease of an archive run; longer than any run
 * @param purgeUsername the database account that deletes archived rows; without one, the application's does
 * @param purgePassword that account's password
 * @param purgeUrl the JDBC URL the purge account connects to; without one, the application's datasource URL
 */
@ConfigurationProperties("deputyflow.audit")
public record AuditProperties(
        @DefaultValue("P3Y") Period retention,
        @DefaultValue("./data/audit-archive") Path archiveFolder,
        @DefaultValue("") String archiveKey,
        @DefaultValue("") List<String> archivePreviousKeys,
        @DefaultValue("PT1H") Duration archiveLease,
        @DefaultValue("") String purgeUsername,
        @DefaultValue("") String purgePassword,
        @DefaultValue("") String purgeUrl) {

    static final Duration MIN_RETENTION = Duration.ofDays(180);

    /** A shorter retention stops the start: the review asks for six months of audit records. */
    public AuditProperties {
        ZonedDateTime now = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        if (retention == null
                || retention.isNegative()
                || Duration.between(now.minus(retention), now).compareTo(MIN_RETENTION) < 0) {
            throw new IllegalArgumentException(
                    "deputyflow.audit.retention must be at least 180 days, not " + retention);
        }
        archivePreviousKeys = archivePreviousKeys == null
                ? List.of()
                : archivePreviousKeys.stream()
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .toList();
    }

    /** Whether the archived rows are deleted by an account of their own rather than the application's. */
    boolean separatePurgeAccount() {
        return purgeUsername != null && !purgeUsername.isBlank();
    }
}
