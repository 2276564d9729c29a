package org.deputyflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.persistence.MailOutboxMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Queues the e-mails of newly delivered notices, one per recipient who has an address, in the
 * transaction that delivers the notice: a rolled-back action mails nobody, a committed one is
 * mailed by {@link MailOutboxSender} however long the mail server is away. Exists only with
 * {@code deputyflow.mail.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "deputyflow.mail.enabled", havingValue = "true")
class MailOutbox {

    static final String FOOTER = "\n\n——\n此邮件由代表建议办理系统自动发送，请登录系统查看详情，请勿直接回复。";

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final MailOutboxMapper outbox;
    private final DirectoryService directory;
    private final Clock clock;

    MailOutbox(MailOutboxMapper outbox, DirectoryService directory, NotificationMailProperties properties,
            ObjectProvider<JavaMailSender> sender, Clock clock) {
        // checked at start, not at the first send: a node that cannot mail must not pretend it can
        if (sender.getIfAvailable() == null) {
            throw new IllegalStateException("deputyflow.mail.enabled=true needs an SMTP server: set spring.mail.host");
        }
        if (properties.from() == null || properties.from().isBlank()) {
            throw new IllegalStateException("deputyflow.mail.enabled=true needs a sender: set deputyflow.mail.from");
        }
        this.outbox = outbox;
        this.directory = directory;
        this.clock = clock;
    }

    /** Called inside the transaction that stored the notice for these recipients. */
    void enqueue(Notice notice, Collection<String> recipients) {
        Map<String, String> addresses = directory.emailAddresses(recipients);
        Instant now = clock.instant();
        addresses.forEach((login, address) -> {
            try {
                outbox.insertIfAbsent(notice.key(), login, address, notice.subject(), notice.text() + FOOTER, now);
            } catch (DuplicateKeyException e) {
                // queued a moment ago by a concurrent run of the same job, which committed: that one counts
                log.info("E-mail of notice {} to {} was queued concurrently", notice.key(), login);
            }
        });
    }
}
