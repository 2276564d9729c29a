package org.deputyflow.notification;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox's sender on every node at {@code deputyflow.mail.outbox.interval}, on Spring's
 * scheduler thread: never on a request's. A Spring schedule rather than an engine job because the
 * claim in the table already shares the work between nodes, and a job per e-mail would add engine
 * rows and history for something that is not a process.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "deputyflow.mail.enabled", havingValue = "true")
class MailOutboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSchedule.class);

    private final MailOutboxSender sender;
    private final Duration interval;

    MailOutboxSchedule(MailOutboxSender sender, @Value("${deputyflow.mail.outbox.interval:10s}") String interval) {
        this.sender = sender;
        this.interval = DurationStyle.detectAndParse(interval);
    }

    /** Sends what is due; a backlog is drained batch after batch for up to one interval. */
    @Scheduled(
            initialDelayString = "${deputyflow.mail.outbox.interval:10s}",
            fixedDelayString = "${deputyflow.mail.outbox.interval:10s}")
    void sendDue() {
        try {
            sender.drain(interval);
        } catch (DataAccessException e) {
            // the database is away: the e-mails wait in the outbox for the next round
            log.warn("Mail outbox not read: {}", e.getMostSpecificCause().toString());
        }
    }
}
