package org.deputyflow.notification.web;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own inbox; somebody else's notification does not exist here (404). */
@PageController
class InboxPageController {

    private static final int PAGE_SIZE = 20;

    private final NotificationService notifications;
    private final MessageSource messages;

    InboxPageController(NotificationService notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String inbox(
            @RequestParam(required = false) Boolean unreadOnly,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal CurrentUser user,
            Model model) {
        boolean unread = Boolean.TRUE.equals(unreadOnly);
        model.addAttribute("inbox", notifications.inbox(user, unread, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("unreadOnly", unread);
        return "notification/inbox";
    }

    @PostMapping("/notifications/{id}/read")
    String read(
            @PathVariable long id,
            @RequestParam(required = false) Boolean unreadOnly,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal CurrentUser user) {
        notifications.markRead(user, id);
        return back(unreadOnly, page);
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(user);
        redirect.addFlashAttribute(
                "flash",
                messages.getMessage("notification.allRead", new Object[] {marked}, LocaleContextHolder.getLocale()));
        return "redirect:/notifications";
    }

    private static String back(Boolean unreadOnly, Integer page) {
        return "redirect:/notifications?unreadOnly=" + Boolean.TRUE.equals(unreadOnly) + "&page="
                + (page == null || page < 0 ? 0 : page);
    }
}
