package org.deputyflow.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.deputyflow.audit.persistence.ArchiveRow;
import org.deputyflow.audit.persistence.AuditMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of the trail that an archive holds, once its file matches its row. The purge account
 * ({@code purge-username}) deletes them when one is set, on a connection of its own opened for the purge
 * only, so that the application's account needs no DELETE on the trail; a purge that fails keeps the
 * rows for the next run.
 */
@Component
class ArchivePurge {

    static final int DELETE_CHUNK = 5000;

    private static final Logger log = LoggerFactory.getLogger(ArchivePurge.class);

    private final AuditMapper events;
    private final AuditProperties properties;
    private final DataSource purgeAccount;

    ArchivePurge(AuditMapper events, AuditProperties properties, DataSourceProperties datasource) {
        this.events = events;
        this.properties = properties;
        // no pool: the account connects only when archived rows wait (about once a month), and holds nothing between
        this.purgeAccount = !properties.separatePurgeAccount()
                ? null
                : new DriverManagerDataSource(
                        properties.purgeUrl().isBlank() ? datasource.determineUrl() : properties.purgeUrl(),
                        properties.purgeUsername(),
                        properties.purgePassword());
    }

    @EventListener(ApplicationReadyEvent.class)
    public void sayWhoPurges() {
        if (purgeAccount == null) {
            log.warn("deputyflow.audit.purge-username is not set: the audit archive's purge deletes with the"
                    + " application's database account, which then needs DELETE on audit_event"
                    + " (README: Audit trail, MySQL GRANTs)");
        } else {
            log.info("Audit archive: archived rows are deleted by the database account {}", properties.purgeUsername());
        }
    }

    /**
     * Deletes the rows an archive holds that are still in the table, once its file matches the row. It runs
     * after the archive's row committed, each statement a transaction of its own: rows a failed or broken-off
     * purge leaves are deleted by the next run.
     *
     * @return whether the table now starts after the archive
     */
    boolean purge(ArchiveRow archive) {
        if (events.countUpTo(archive.lastId()) == 0) {
            return true;
        }
        Path file = properties.archiveFolder().resolve(archive.fileName());
        String problem;
        try {
            problem = !Files.isRegularFile(file)
                    ? "the file is missing"
                    : ArchiveFiles.digests(file, List.of()).sha256().equals(archive.fileSha256())
                            ? null
                            : "the file's SHA-256 does not match its archive row";
        } catch (IOException e) {
            problem = "the file cannot be read: " + e;
        }
        if (problem != null) {
            log.error(
                    "Audit archive: rows up to {} are still in audit_event and are kept, {}: {}",
                    archive.lastId(),
                    problem,
                    file);
            return false;
        }
        long from = events.after(0, 1).get(0).id() - 1;
        long deleted;
        try {
            deleted = purgeAccount == null
                    ? deleteAsTheApplication(from, archive.lastId())
                    : deleteAsThePurgeAccount(from, archive.lastId());
        } catch (SQLException | DataAccessException e) {
            log.error(
                    "Audit archive: rows up to {} are kept in audit_event, the database account {} could not"
                            + " delete them; the next run tries again: {}",
                    archive.lastId(),
                    purgeAccount == null ? "of the application" : properties.purgeUsername(),
                    e.getMessage());
            return false;
        }
        log.info(
                "Audit archive: {} rows up to {} removed from audit_event ({})",
                deleted,
                archive.lastId(),
                archive.fileName());
        return true;
    }

    /** Deletes the rows {@code from < id <= upTo}, {@value #DELETE_CHUNK} ids per statement. */
    private long deleteAsTheApplication(long from, long upTo) {
        long deleted = 0;
        for (long after = from; after < upTo; after = Math.min(after + DELETE_CHUNK, upTo)) {
            deleted += events.deleteArchived(after, Math.min(after + DELETE_CHUNK, upTo));
        }
        return deleted;
    }

    /** The same as {@code AuditMapper.deleteArchived}, on one connection of the purge account. */
    private long deleteAsThePurgeAccount(long from, long upTo) throws SQLException {
        long deleted = 0;
        try (Connection connection = purgeAccount.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM audit_event WHERE id > ? AND id <= ?")) {
            connection.setAutoCommit(true);
            for (long after = from; after < upTo; after = Math.min(after + DELETE_CHUNK, upTo)) {
                delete.setLong(1, after);
                delete.setLong(2, Math.min(after + DELETE_CHUNK, upTo));
                deleted += delete.executeUpdate();
            }
        }
        return deleted;
    }
}
