package org.deputyflow.vote.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.vote.RectifyingDepartments;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rectification a poor result obliges, on the vote's page: the department's leader hands in the
 * report, staff accept it (naming the next meeting when the department faces a new vote) or return it.
 */
@PageController
@PreAuthorize("hasAnyRole('STAFF','COUNCIL','DEPT_LEADER')")
class RectificationPagesController {

    private static final Set<String> REVIEW_FIELDS = Set.of("comment", "nextMeetingId");

    private final RectifyingDepartments rectifying;
    private final VoteDetailPage detailPage;
    private final PageMessages messages;

    RectificationPagesController(RectifyingDepartments rectifying, VoteDetailPage detailPage, PageMessages messages) {
        this.rectifying = rectifying;
        this.detailPage = detailPage;
        this.messages = messages;
    }

    @PostMapping("/votes/{id}/rectification/report")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    String report(
            @PathVariable long id,
            @Valid @ModelAttribute("report") RectificationReportForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detailPage.show(id, user, model);
        }
        rectifying.submitReport(id, user, form.title().strip(), form.summary().strip());
        redirect.addFlashAttribute("flash", messages.get("votePage.reportSubmitted"));
        return "redirect:/votes/" + id;
    }

    @PostMapping("/votes/{id}/rectification/review")
    @PreAuthorize("hasRole('STAFF')")
    String review(
            @PathVariable long id,
            @Valid @ModelAttribute("review") ReportReviewForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Supplier<String> review = () -> {
            rectifying.reviewReport(id, user, form.accepted(), form.commentOrNull(), form.nextMeetingId());
            redirect.addFlashAttribute("flash", messages.get("votePage.reportReviewed"));
            return "redirect:/votes/" + id;
        };
        return FormPosts.save(
                errors, REVIEW_FIELDS, "comment", response, review, () -> detailPage.show(id, user, model));
    }
}
