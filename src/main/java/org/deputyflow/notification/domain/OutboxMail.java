package org.deputyflow.notification.domain;

import java.time.Instant;

/** One e-mail of a notice to one recipient, as the outbox holds it. */
public record OutboxMail(
        long id,
        String noticeKey,
        String recipientLogin,
        String address,
        String subject,
        String body,
        MailStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        Instant createdAt) {}
