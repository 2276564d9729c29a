package org.deputyflow.notification.domain;

import java.time.Instant;

/**
 * A notice as one recipient received it; unread while {@code readAt} is null. Subject and text are as
 * stored (in the office's language) until {@link #reading} puts them in the reader's; {@code texts} holds
 * the bundle codes they were rendered from, and is not shown.
 */
public record Notification(
        long id,
        String recipient,
        NotificationKind kind,
        String subject,
        String text,
        Long suggestionId,
        Instant createdAt,
        Instant readAt,
        String texts) {

    /** The same notification with its subject and text in the reader's language. */
    public Notification reading(String subject, String text) {
        return new Notification(id, recipient, kind, subject, text, suggestionId, createdAt, readAt, null);
    }

    public boolean read() {
        return readAt != null;
    }
}
