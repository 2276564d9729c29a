package org.deputyflow.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends newly delivered notices by e-mail to recipients who have an address, one message per
 * recipient so that nobody sees the others' addresses. Exists only with {@code deputyflow.mail.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "deputyflow.mail.enabled", havingValue = "true")
class NotificationMailer {

    static final String FOOTER = "\n\n——\n此邮件由代表建议办理系统自动发送，请登录系统查看详情，请勿直接回复。";

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final JavaMailSender sender;
    private final DirectoryService directory;
    private final NotificationMailProperties properties;
    private final Clock clock;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, DirectoryService directory,
            NotificationMailProperties properties, Clock clock) {
        this.sender = sender.getIfAvailable();
        if (this.sender == null) {
            throw new IllegalStateException("deputyflow.mail.enabled=true needs an SMTP server: set spring.mail.host");
        }
        if (properties.from() == null || properties.from().isBlank()) {
            throw new IllegalStateException("deputyflow.mail.enabled=true needs a sender: set deputyflow.mail.from");
        }
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Reads the addresses now, inside the transaction, and sends when it commits: a rolled-back
     * action must not have told anybody anything.
     */
    void sendAfterCommit(Notice notice, Collection<String> recipients) {
        Map<String, String> addresses = directory.emailAddresses(recipients);
        if (addresses.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                addresses.forEach((login, address) -> send(notice, login, address));
            }
        });
    }

    /** Never throws: an exception here would reach the caller of a transaction that has committed. */
    private void send(Notice notice, String login, String address) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.fromName());
            helper.setTo(address);
            helper.setSubject(notice.subject());
            helper.setText(notice.text() + FOOTER, false);
            helper.setSentDate(Date.from(clock.instant()));
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // MailException included: the notice is in the inbox whatever happens to its e-mail
            log.warn("E-mail of notice {} to {} failed: {}", notice.key(), login, e.toString());
        }
    }
}
