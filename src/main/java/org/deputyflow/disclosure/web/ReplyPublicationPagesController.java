package org.deputyflow.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.MarkingReplies;
import org.deputyflow.disclosure.ReplyPublications;
import org.deputyflow.disclosure.ReviewingReplies;
import org.deputyflow.disclosure.domain.Redaction.Span;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's pages for the publication of replies: the replies waiting for it, and per reply the text as
 * the public will see it, the passages marked to hide, staff's review (approve, or hold back with a
 * reason), and publication before the timer.
 */
@PageController
@PreAuthorize("hasRole('STAFF')")
class ReplyPublicationPagesController {

    private static final int PAGE_SIZE = 20;
    /** Replies the timer publishes within this many days carry a badge. */
    private static final int SOON_DAYS = 5;

    private final ReplyPublications replies;
    private final ReviewingReplies reviewing;
    private final MarkingReplies marking;
    private final CalendarService calendar;
    private final PageMessages messages;

    ReplyPublicationPagesController(
            ReplyPublications replies,
            ReviewingReplies reviewing,
            MarkingReplies marking,
            CalendarService calendar,
            PageMessages messages) {
        this.replies = replies;
        this.reviewing = reviewing;
        this.marking = marking;
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/disclosures/replies")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("replies", reviewing.pending(PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("soon", calendar.today().plusDays(SOON_DAYS));
        model.addAttribute("publicationDays", replies.workingDays());
        return "disclosure/replies";
    }

    @GetMapping("/disclosures/replies/{replyId}")
    String detail(@PathVariable long replyId, Model model) {
        if (!model.containsAttribute("hide")) {
            model.addAttribute("hide", new HideForm(null));
        }
        if (!model.containsAttribute("holdBack")) {
            model.addAttribute("holdBack", new HoldBackForm(null));
        }
        model.addAttribute("preview", marking.preview(replyId));
        model.addAttribute("publicationDays", replies.workingDays());
        return "disclosure/reply";
    }

    /** Hides every place the passage occurs, keeping the earlier marks. */
    @PostMapping("/disclosures/replies/{replyId}/marks")
    String hide(
            @PathVariable long replyId,
            @Valid @ModelAttribute("hide") HideForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Supplier<String> hide = () -> {
            int found = marking.hide(replyId, form.passage());
            redirect.addFlashAttribute("flash", messages.get("replyPage.hidden", found));
            return "redirect:/disclosures/replies/" + replyId;
        };
        return FormPosts.save(errors, Set.of(), "passage", response, hide, () -> detail(replyId, model));
    }

    @PostMapping("/disclosures/replies/{replyId}/marks/removal")
    String unmark(
            @PathVariable long replyId, @RequestParam int start, @RequestParam int end, RedirectAttributes redirect) {
        marking.unmark(replyId, new Span(start, end));
        redirect.addFlashAttribute("flash", messages.get("replyPage.unmarked"));
        return "redirect:/disclosures/replies/" + replyId;
    }

    /** Approves the reply as previewed; published at once when its publication day has come. */
    @PostMapping("/disclosures/replies/{replyId}/review/approval")
    String approve(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        boolean published = reviewing.approve(replyId, user);
        redirect.addFlashAttribute(
                "flash",
                messages.get(published ? "replyPage.review.approvedAndPublished" : "replyPage.review.approved"));
        return "redirect:/disclosures/replies/" + replyId;
    }

    @PostMapping("/disclosures/replies/{replyId}/review/hold-back")
    String holdBack(
            @PathVariable long replyId,
            @Valid @ModelAttribute("holdBack") HoldBackForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Supplier<String> holdBack = () -> {
            reviewing.holdBack(replyId, form.reason(), user);
            redirect.addFlashAttribute("flash", messages.get("replyPage.review.heldBack"));
            return "redirect:/disclosures/replies";
        };
        return FormPosts.save(errors, Set.of(), "reason", response, holdBack, () -> detail(replyId, model));
    }

    @PostMapping("/disclosures/replies/{replyId}/publication")
    String publish(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        var published = reviewing.publishNow(replyId, user);
        redirect.addFlashAttribute("flash", messages.get("replyPage.published"));
        return "redirect:/public/replies/" + published.serialNo();
    }

    public record HoldBackForm(
            @NotBlank(message = "{replyPage.error.reasonRequired}")
            @Size(max = 2000, message = "{replyPage.error.reasonTooLong}")
            String reason) {}

    public record HideForm(
            @NotBlank(message = "{replyPage.error.passageRequired}")
            @Size(max = 5000, message = "{replyPage.error.passageTooLong}")
            String passage) {}
}
