package org.deputyflow.suggestion.web;

import static org.deputyflow.shared.web.FormText.dateTime;
import static org.deputyflow.shared.web.FormText.enumOf;
import static org.deputyflow.suggestion.web.FormValues.present;
import static org.deputyflow.suggestion.web.FormValues.readable;
import static org.deputyflow.suggestion.web.FormValues.required;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.DepartmentHandling;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.ReplyDraft;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.web.DepartmentForms.ContactForm;
import org.deputyflow.suggestion.web.DepartmentForms.ContentForm;
import org.deputyflow.suggestion.web.DepartmentForms.FollowUpForm;
import org.deputyflow.suggestion.web.DepartmentForms.ReasonForm;
import org.deputyflow.suggestion.web.DepartmentForms.ReplyForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department actions panel of the suggestion page, loaded by htmx: exactly the actions the
 * caller's department may take now, each a small form that posts here, calls the same service as
 * the API and goes back to the suggestion page. A wrong value comes back as the panel with the
 * error next to its field (400); a lost race or a moved state is the conflict page (409).
 * These are the handler's forms; the leader's are {@link LeaderActionsController}'s.
 */
@PageController
@RequestMapping("/suggestions/{id}")
@PreAuthorize("hasAnyRole('DEPT_HANDLER','DEPT_LEADER')")
class DepartmentActionsPanelController {

    private final DepartmentPanel panel;
    private final DepartmentHandling handling;
    private final ExplainingFollowUps explaining;
    private final CalendarService calendar;

    DepartmentActionsPanelController(
            DepartmentPanel panel,
            DepartmentHandling handling,
            ExplainingFollowUps explaining,
            CalendarService calendar) {
        this.panel = panel;
        this.handling = handling;
        this.explaining = explaining;
        this.calendar = calendar;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/panels/department")
    String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        panel.describe(user, id, model);
        return DepartmentPanel.PANEL;
    }

    @PostMapping("/department/claim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        handling.claim(user, id);
        return panel.done(id, "department.flash.claimed", redirect);
    }

    @PostMapping("/department/unclaim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        handling.unclaim(user, id);
        return panel.done(id, "department.flash.unclaimed", redirect);
    }

    @PostMapping("/department/dispute")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String dispute(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("disputeForm") ReasonForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        required(errors, "reason", form.reason(), "department.dispute.reason.required");
        Runnable dispute = () -> handling.dispute(user, id, form.reason());
        return panel.act(user, id, errors, model, response, redirect, "department.flash.disputed", dispute);
    }

    @PostMapping("/department/contact")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String contact(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ContactMethod method = present(
                errors, "method", enumOf(ContactMethod.class, form.method()), "department.contact.method.required");
        LocalDateTime at =
                present(errors, "contactedAt", dateTime(form.contactedAt()), "department.contact.at.invalid");
        required(errors, "summary", form.summary(), "department.contact.summary.required");
        return panel.act(
                user,
                id,
                errors,
                model,
                response,
                redirect,
                "department.flash.contactLogged",
                () -> handling.logContact(
                        user, id, method, at.atZone(calendar.zone()).toInstant(), form.summary()));
    }

    @PostMapping("/department/opinion")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String opinion(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("opinionForm") ContentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        required(errors, "content", form.content(), "department.opinion.content.required");
        Runnable submit = () -> handling.submitOpinion(user, id, form.content());
        return panel.act(user, id, errors, model, response, redirect, "department.flash.opinionSubmitted", submit);
    }

    @PostMapping("/department/reply")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String reply(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("replyForm") ReplyForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ResultClass resultClass = present(
                errors,
                "resultClass",
                enumOf(ResultClass.class, form.resultClass()),
                "department.reply.resultClass.required");
        required(errors, "content", form.content(), "department.reply.content.required");
        // whether B and C have a plan date, and one not in the past, is the reply's rule (ReplyDraft)
        LocalDate planDate =
                readable(errors, "planDate", form.planDate(), FormText::date, "department.reply.planDate.invalid");
        if (!form.publishes()) {
            required(
                    errors,
                    "notPublishableReason",
                    form.notPublishableReason(),
                    "department.reply.notPublishableReason.required");
        }
        return panel.act(
                user,
                id,
                errors,
                model,
                response,
                redirect,
                "department.flash.replySubmitted",
                () -> handling.submitReply(
                        user,
                        id,
                        new ReplyDraft(
                                resultClass, form.content(), planDate, form.publishes(), form.notPublishableReason())));
    }

    @PostMapping("/department/follow-up")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String followUp(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        required(errors, "content", form.content(), "department.followUp.content.required");
        String flash = form.isDelivered() ? "department.flash.delivered" : "department.flash.followUpReported";
        Runnable report = () -> handling.reportFollowUp(user, id, form.content(), form.isDelivered());
        return panel.act(user, id, errors, model, response, redirect, flash, report);
    }

    @PostMapping("/department/explanation")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    String explanation(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("explanationForm") ContentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        required(errors, "content", form.content(), "department.explanation.content.required");
        Runnable explain = () -> explaining.explain(user, id, form.content());
        return panel.act(user, id, errors, model, response, redirect, "department.flash.explanationSubmitted", explain);
    }
}
