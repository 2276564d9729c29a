package org.deputyflow.notification.web;

import java.time.Instant;
import java.util.List;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.Inbox;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notification;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Every signed-in user's own inbox; another user's notification is answered with 404. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "notifications", description = "站内通知")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "我的通知（最新在前，分页）及未读条数")
    InboxView inbox(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Boolean unreadOnly,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return InboxView.of(notifications.inbox(user, Boolean.TRUE.equals(unreadOnly), PageRequest.of(page, size)));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "将一条通知标为已读（重复标记保留首次阅读时间）")
    Item read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return Item.of(notifications.markRead(user, id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "将我的全部未读通知标为已读")
    ReadAll readAll(@AuthenticationPrincipal CurrentUser user) {
        return new ReadAll(notifications.markAllRead(user));
    }

    record InboxView(List<Item> items, int page, int size, long total, long unread) {

        static InboxView of(Inbox inbox) {
            return new InboxView(inbox.notifications().items().stream().map(Item::of).toList(),
                    inbox.notifications().page(), inbox.notifications().size(), inbox.notifications().total(),
                    inbox.unread());
        }
    }

    record Item(long id, NotificationKind kind, String kindLabel, String subject, String text, Long suggestionId,
            Instant createdAt, Instant readAt, boolean read) {

        static Item of(Notification n) {
            return new Item(n.id(), n.kind(), n.kind().label(), n.subject(), n.text(), n.suggestionId(),
                    n.createdAt(), n.readAt(), n.read());
        }
    }

    /** How many notifications were unread and are read now. */
    record ReadAll(int marked) {
    }
}
