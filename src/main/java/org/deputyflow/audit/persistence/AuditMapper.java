package org.deputyflow.audit.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.audit.domain.AuditFilter;
import org.deputyflow.audit.domain.DayCount;

/**
 * The trail's table: rows are inserted and read, never updated; they are deleted only by the monthly
 * archive, after their file is written and verified and its row in {@code audit_archive} committed.
 */
@Mapper
public interface AuditMapper {

    /** Locks the head until the transaction ends: the next row's id and previous hash. */
    ChainHead lockHead();

    ChainHead head();

    void insert(AuditEvent event);

    void moveHead(@Param("lastId") long lastId, @Param("lastHash") String lastHash);

    long count(@Param("filter") AuditFilter filter);

    /** The matching rows, counted up to {@code limit}: as cheap as reading that many index entries. */
    long countAtMost(@Param("filter") AuditFilter filter, @Param("limit") int limit);

    /** Newest first. */
    List<AuditEvent> search(
            @Param("filter") AuditFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    /** In chain order, after {@code afterId}. */
    List<AuditEvent> after(@Param("afterId") long afterId, @Param("limit") int limit);

    /** Matching rows in chain order after {@code afterId}, for the export. */
    List<AuditEvent> matchingAfter(
            @Param("filter") AuditFilter filter, @Param("afterId") long afterId, @Param("limit") int limit);

    List<DayCount> countPerDay(@Param("action") String action, @Param("from") Instant from, @Param("to") Instant to);

    Optional<ArchiveRow> lastArchive();

    /** Every archive, in chain order. */
    List<ArchiveRow> archives();

    void insertArchive(ArchiveRow archive);

    /** How many rows up to and including {@code lastId} are still in the table. */
    long countUpTo(@Param("lastId") long lastId);

    /** Deletes the archived rows {@code afterId < id <= upToId}. */
    int deleteArchived(@Param("afterId") long afterId, @Param("upToId") long upToId);

    /** 1 when {@code node} took the archive's lease (free, or run out before {@code now}). */
    int claimArchiveLease(@Param("node") String node, @Param("now") Instant now, @Param("until") Instant until);

    void releaseArchiveLease(@Param("node") String node);

    /** The settings the last start recorded, by name. */
    List<StoredSetting> settings();

    void insertSetting(@Param("name") String name, @Param("value") String value);

    void updateSetting(@Param("name") String name, @Param("value") String value);

    void deleteSetting(@Param("name") String name);
}
