package org.deputyflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.deputyflow.notification.domain.MailRetryPolicy;
import org.deputyflow.notification.domain.OutboxMail;
import org.deputyflow.notification.persistence.MailOutboxMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: claims each due e-mail with a conditional update (of two nodes
 * calling at the same moment, one gets the row), sends it outside any transaction, and marks it
 * SENT, or due again after the back-off of {@link MailRetryPolicy}, or FAILED after the last
 * attempt. An e-mail claimed by a node that died is due again when its lock runs out.
 * <p>
 * Delivery is at least once: a node that dies between the mail server's acceptance and the SENT
 * mark leaves a row that another node sends again. Exists only with {@code deputyflow.mail.enabled=true}.
 */
@Component
@ConditionalOnProperty(name = "deputyflow.mail.enabled", havingValue = "true")
class MailOutboxSender {

    static final int MAX_ERROR_LENGTH = 1000;

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    private final MailOutboxMapper outbox;
    private final JavaMailSender sender;
    private final NotificationMailProperties properties;
    private final MailRetryPolicy retries;
    private final Clock clock;

    MailOutboxSender(
            MailOutboxMapper outbox, JavaMailSender sender, NotificationMailProperties properties, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.retries = properties.outbox().retryPolicy();
        this.clock = clock;
    }

    /**
     * Rounds one after another while each finds a full batch, for at most {@code budget}: a backlog
     * (after the mail server or the database was away, or at the session's peak) drains at the mail
     * server's pace instead of one batch per interval. Answers how many were sent.
     */
    int drain(Duration budget) {
        long until = System.nanoTime() + budget.toNanos();
        int sent = 0;
        Round round;
        do {
            round = round();
            sent += round.sent();
        } while (round.taken() == properties.outbox().batchSize() && System.nanoTime() < until);
        return sent;
    }

    /** One round: every e-mail due now, up to the batch size. Answers how many were sent. */
    int sendDue() {
        return round().sent();
    }

    /** How many due e-mails a round found, and how many of them it sent. */
    private record Round(int taken, int sent) {}

    private Round round() {
        Duration lock = properties.outbox().lockTimeout();
        int sent = 0;
        List<Long> due = outbox.findDue(clock.instant(), properties.outbox().batchSize());
        for (long id : due) {
            Instant now = clock.instant();
            if (outbox.claim(id, now, now.plus(lock)) != 1) {
                continue;
            }
            OutboxMail mail = outbox.find(id).orElseThrow();
            if (send(mail)) {
                sent++;
            }
        }
        return new Round(due.size(), sent);
    }

    private boolean send(OutboxMail mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from(), properties.fromName());
            helper.setTo(mail.address());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            helper.setSentDate(Date.from(clock.instant()));
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            // MailException included: the notice is in the inbox whatever happens to its e-mail
            failed(mail, e);
            return false;
        }
        if (outbox.markSent(mail.id(), mail.attempts(), clock.instant()) != 1) {
            log.warn("E-mail {} was sent after its lock ran out; another node may send it again", mail.id());
        }
        return true;
    }

    private void failed(OutboxMail mail, Exception e) {
        String error = e.toString();
        if (error.length() > MAX_ERROR_LENGTH) {
            error = error.substring(0, MAX_ERROR_LENGTH);
        }
        if (retries.exhausted(mail.attempts())) {
            outbox.markFailed(mail.id(), mail.attempts(), error, null);
            log.error(
                    "E-mail {} of notice {} to {} failed {} times and is given up: {}",
                    mail.id(),
                    mail.noticeKey(),
                    mail.recipientLogin(),
                    mail.attempts(),
                    error);
        } else {
            Instant next = retries.nextAttempt(mail.attempts(), clock.instant());
            outbox.markFailed(mail.id(), mail.attempts(), error, next);
            log.warn(
                    "E-mail {} of notice {} to {} failed (attempt {}), next attempt at {}: {}",
                    mail.id(),
                    mail.noticeKey(),
                    mail.recipientLogin(),
                    mail.attempts(),
                    next,
                    error);
        }
    }
}
