package org.deputyflow.notification.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.notification.domain.MailStatus;
import org.deputyflow.notification.domain.OutboxMail;

@Mapper
public interface MailOutboxMapper {

    /**
     * Queues one e-mail unless the recipient already has one with the notice's key: 1 when queued,
     * 0 when it was there. A concurrent transaction queuing the same at the same moment makes this
     * throw {@link org.springframework.dao.DuplicateKeyException} instead.
     */
    int insertIfAbsent(
            @Param("noticeKey") String noticeKey,
            @Param("login") String login,
            @Param("address") String address,
            @Param("subject") String subject,
            @Param("body") String body,
            @Param("at") Instant at);

    /** Ids of rows due at this moment, pending or left SENDING past their lock, oldest due first. */
    List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit);

    /**
     * Takes a due row for one sender, counting the attempt: 1 when this caller has it, 0 when
     * another sender was faster or it is no longer due.
     */
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("lockedUntil") Instant lockedUntil);

    Optional<OutboxMail> find(@Param("id") long id);

    /** 0 when the row is no longer this sender's (its lock ran out and another took it). */
    int markSent(@Param("id") long id, @Param("attempts") int attempts, @Param("at") Instant at);

    /** Back to PENDING for another attempt at {@code nextAttemptAt}, or FAILED when it is null. */
    int markFailed(
            @Param("id") long id,
            @Param("attempts") int attempts,
            @Param("error") String error,
            @Param("nextAttemptAt") Instant nextAttemptAt);

    /** A FAILED row pending again from its first attempt: 0 when it is not FAILED. */
    int retry(@Param("id") long id, @Param("now") Instant now);

    long count(@Param("status") MailStatus status);

    /** Newest first. */
    List<OutboxMail> search(
            @Param("status") MailStatus status, @Param("offset") long offset, @Param("limit") int limit);
}
