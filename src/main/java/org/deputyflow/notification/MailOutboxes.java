package org.deputyflow.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.notification.domain.MailStatus;
import org.deputyflow.notification.domain.OutboxMail;
import org.deputyflow.notification.persistence.MailOutboxMapper;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mail outbox for admins: what waits or failed, and another round of attempts for a failed e-mail. */
@Service
@Transactional(readOnly = true)
public class MailOutboxes {

    private final MailOutboxMapper outbox;
    private final Clock clock;
    private final AuditTrail audit;

    MailOutboxes(MailOutboxMapper outbox, Clock clock, AuditTrail audit) {
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
    }

    /** Newest first; without a status, every e-mail not yet sent (pending, sending, failed). */
    public Page<OutboxMail> list(MailStatus status, PageRequest request) {
        long total = outbox.count(status);
        return Page.of(
                total == 0 ? List.of() : outbox.search(status, request.offset(), request.size()), request, total);
    }

    /**
     * Makes a FAILED e-mail due now with a fresh count of attempts: a line of the audit trail
     * ({@code mail.retry}, with the attempts it had failed), never its address or text.
     *
     * @throws NotFoundException when there is no such e-mail
     * @throws ConflictException when it has not failed (it is waiting, being sent or sent)
     */
    @Transactional
    public OutboxMail retry(long id) {
        OutboxMail before = outbox.find(id).orElseThrow(() -> NotFoundException.of("mail", id));
        if (outbox.retry(id, clock.instant()) == 0) {
            OutboxMail mail = outbox.find(id).orElseThrow(() -> NotFoundException.of("mail", id));
            throw new ConflictException(
                    "error.mail.retryOnlyFailed", mail.status().name());
        }
        audit.record("mail.retry", "mail", id, AuditTrail.SUCCESS, Map.of("failedAttempts", before.attempts()));
        return outbox.find(id).orElseThrow();
    }
}
