package org.deputyflow.notification.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.notification.domain.Notification;

@Mapper
public interface NotificationMapper {

    /**
     * Stores the notice for one recipient unless the recipient already has one with its key:
     * 1 when stored, 0 when it was there. A concurrent transaction storing the same key at the
     * same moment makes this throw {@link org.springframework.dao.DuplicateKeyException} instead.
     */
    int insertIfAbsent(@Param("d") Delivery delivery, @Param("at") Instant at);

    /** Those of these deliveries whose recipient already has a notice with the key. */
    List<Delivered> findDelivered(@Param("deliveries") Collection<Delivery> deliveries);

    /**
     * Stores these deliveries in one statement. A concurrent transaction storing one of them at the
     * same moment makes the whole statement throw {@link org.springframework.dao.DuplicateKeyException}.
     */
    void insertAll(@Param("deliveries") Collection<Delivery> deliveries, @Param("at") Instant at);

    long count(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

    /** Newest first. */
    List<Notification> search(
            @Param("recipient") String recipient,
            @Param("unreadOnly") boolean unreadOnly,
            @Param("offset") long offset,
            @Param("limit") int limit);

    Optional<Notification> findOwn(@Param("id") long id, @Param("recipient") String recipient);

    /** 0 when the notification is not the recipient's, or already read: the first reading counts. */
    int markRead(@Param("id") long id, @Param("recipient") String recipient, @Param("at") Instant at);

    int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);
}
