package org.deputyflow.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.deputyflow.notification.domain.MailStatus;
import org.deputyflow.notification.persistence.MailOutboxMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The outbox's depth as metrics, when there is a meter registry: {@code deputyflow.mail.outbox.pending}
 * (waiting, claimed included) and {@code deputyflow.mail.outbox.failed} (given up, waiting for an admin).
 * Read from the table at each scrape, so every node reports the cluster's figure.
 */
@Component
class MailOutboxGauges {

    MailOutboxGauges(ObjectProvider<MeterRegistry> registry, MailOutboxMapper outbox) {
        registry.ifAvailable(meters -> {
            Gauge.builder(
                            "deputyflow.mail.outbox.pending",
                            outbox,
                            o -> o.count(MailStatus.PENDING) + o.count(MailStatus.SENDING))
                    .description("E-mails waiting in the outbox")
                    .register(meters);
            Gauge.builder("deputyflow.mail.outbox.failed", outbox, o -> o.count(MailStatus.FAILED))
                    .description("E-mails given up after the last attempt")
                    .register(meters);
        });
    }
}
