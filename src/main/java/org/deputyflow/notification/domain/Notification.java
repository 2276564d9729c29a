package org.deputyflow.notification.domain;

import java.time.Instant;

/** A notice as one recipient received it; unread while {@code readAt} is null. */
public record Notification(long id, String recipient, NotificationKind kind, String subject, String text,
        Long suggestionId, Instant createdAt, Instant readAt) {

    public boolean read() {
        return readAt != null;
    }
}
