package org.deputyflow.notification;

import java.time.Duration;
import org.deputyflow.notification.domain.MailRetryPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code deputyflow.mail}: whether notices also go out by e-mail, from whom, and how the outbox
 * sends them. The SMTP server is Spring's {@code spring.mail.*}.
 *
 * @param from     the sender's address, required when enabled
 * @param fromName the sender's name as mail clients show it
 * @param outbox   {@code deputyflow.mail.outbox.*}
 */
@ConfigurationProperties("deputyflow.mail")
record NotificationMailProperties(
        @DefaultValue("false") boolean enabled,
        String from,
        @DefaultValue("DeputyFlow") String fromName,
        @DefaultValue Outbox outbox) {

    /**
     * @param interval     the pause between two rounds of the sender on each node
     * @param batchSize    the most e-mails one round takes
     * @param maxAttempts  attempts before an e-mail is FAILED
     * @param firstDelay   the pause after the first failure; it doubles with each further one
     * @param maxDelay     the longest pause between two attempts
     * @param lockTimeout  how long a claimed e-mail is a sender's; past it another node takes it
     *                     (longer than the SMTP timeouts, so a slow send is not taken twice)
     */
    record Outbox(
            @DefaultValue("10s") Duration interval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("1m") Duration firstDelay,
            @DefaultValue("1h") Duration maxDelay,
            @DefaultValue("2m") Duration lockTimeout) {

        MailRetryPolicy retryPolicy() {
            return new MailRetryPolicy(maxAttempts, firstDelay, maxDelay);
        }
    }
}
