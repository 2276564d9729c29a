package org.deputyflow.notification.web;

import org.deputyflow.notification.MailOutboxes;
import org.deputyflow.notification.domain.MailStatus;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' page of the mail outbox: e-mails that failed or still wait, and a retry for a failed one. */
@PageController
@PreAuthorize("hasRole('ADMIN')")
class MailOutboxPageController {

    private static final int PAGE_SIZE = 20;

    private final MailOutboxes outboxes;
    private final PageMessages messages;

    MailOutboxPageController(MailOutboxes outboxes, PageMessages messages) {
        this.outboxes = outboxes;
        this.messages = messages;
    }

    @GetMapping("/admin/mail")
    String list(
            @RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("mails", outboxes.list(status, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", MailStatus.values());
        return "admin/mail";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        outboxes.retry(id);
        redirect.addFlashAttribute("flash", messages.get("admin.mail.retried", id));
        return "redirect:/admin/mail";
    }
}
