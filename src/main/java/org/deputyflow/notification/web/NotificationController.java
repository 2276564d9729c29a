package org.deputyflow.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.Inbox;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notification;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user's own inbox; another user's notification is answered with 404. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications", description = "api.tag.notifications")
class NotificationController {

    private final NotificationService notifications;

    private final PageMessages messages;

    NotificationController(NotificationService notifications, PageMessages messages) {
        this.messages = messages;
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "api.notifications.list")
    InboxView inbox(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Boolean unreadOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return InboxView.of(
                messages, notifications.inbox(user, Boolean.TRUE.equals(unreadOnly), PageRequest.of(page, size)));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "api.notifications.read")
    Item read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return Item.of(messages, notifications.markRead(user, id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "api.notifications.readAll")
    ReadAll readAll(@AuthenticationPrincipal CurrentUser user) {
        return new ReadAll(notifications.markAllRead(user));
    }

    record InboxView(List<Item> items, int page, int size, long total, long unread) {

        static InboxView of(PageMessages messages, Inbox inbox) {
            return new InboxView(
                    inbox.notifications().items().stream()
                            .map(n -> Item.of(messages, n))
                            .toList(),
                    inbox.notifications().page(),
                    inbox.notifications().size(),
                    inbox.notifications().total(),
                    inbox.unread());
        }
    }

    record Item(
            long id,
            NotificationKind kind,
            String kindLabel,
            String subject,
            String text,
            Long suggestionId,
            Instant createdAt,
            Instant readAt,
            boolean read) {

        static Item of(PageMessages messages, Notification n) {
            return new Item(
                    n.id(),
                    n.kind(),
                    messages.get("notification.kind." + n.kind()),
                    n.subject(),
                    n.text(),
                    n.suggestionId(),
                    n.createdAt(),
                    n.readAt(),
                    n.read());
        }
    }

    /** How many notifications were unread and are read now. */
    record ReadAll(int marked) {}
}
