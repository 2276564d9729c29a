package org.deputyflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.persistence.Delivery;
import org.deputyflow.notification.persistence.MailOutboxMapper;
import org.deputyflow.shared.OfficeWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
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

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final MailOutboxMapper outbox;
    private final DirectoryService directory;
    private final Clock clock;
    private final MessageSource messages;

    MailOutbox(
            MailOutboxMapper outbox,
            DirectoryService directory,
            NotificationMailProperties properties,
            ObjectProvider<JavaMailSender> sender,
            Clock clock,
            MessageSource messages) {
        this.messages = messages;
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

    /** Called inside the transaction that stored one notice for these recipients, in the office's language. */
    void enqueue(List<Delivery> deliveries) {
        Delivery first = deliveries.get(0);
        Notice notice = first.notice();
        String footer = messages.getMessage("notification.mail.footer", null, OfficeWords.OFFICE_LANGUAGE);
        Map<String, String> addresses = directory.emailAddresses(
                deliveries.stream().map(Delivery::recipient).toList());
        Instant now = clock.instant();
        addresses.forEach((login, address) -> {
            try {
                outbox.insertIfAbsent(notice.key(), login, address, first.subject(), first.text() + footer, now);
            } catch (DuplicateKeyException e) {
                // queued a moment ago by a concurrent run of the same job, which committed: that one counts
                log.info("E-mail of notice {} to {} was queued concurrently", notice.key(), login);
            }
        });
    }
}
