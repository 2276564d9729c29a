package org.deputyflow.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.deputyflow.notification.MailOutboxes;
import org.deputyflow.notification.domain.MailStatus;
import org.deputyflow.notification.domain.OutboxMail;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The mail outbox for admins: what waits or failed, and a retry of a failed e-mail. */
@RestController
@RequestMapping("/api/admin/mail-outbox")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "admin", description = "api.tag.admin")
class MailOutboxController {

    private final MailOutboxes outboxes;

    MailOutboxController(MailOutboxes outboxes) {
        this.outboxes = outboxes;
    }

    @GetMapping
    @Operation(summary = "api.mailOutbox.list")
    Page<Item> list(
            @RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return outboxes.list(status, PageRequest.of(page, size)).map(Item::of);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "api.mailOutbox.retry")
    Item retry(@PathVariable long id) {
        return Item.of(outboxes.retry(id));
    }

    /** The e-mail's text is left out: it repeats the notice, which belongs to its recipient. */
    record Item(
            long id,
            String noticeKey,
            String recipientLogin,
            String address,
            String subject,
            MailStatus status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError,
            Instant createdAt) {

        static Item of(OutboxMail m) {
            return new Item(
                    m.id(),
                    m.noticeKey(),
                    m.recipientLogin(),
                    m.address(),
                    m.subject(),
                    m.status(),
                    m.attempts(),
                    m.nextAttemptAt(),
                    m.sentAt(),
                    m.lastError(),
                    m.createdAt());
        }
    }
}
