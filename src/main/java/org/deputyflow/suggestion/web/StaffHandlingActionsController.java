package org.deputyflow.suggestion.web;

import static org.deputyflow.shared.web.FormText.bool;
import static org.deputyflow.shared.web.FormText.id;
import static org.deputyflow.suggestion.web.FormValues.present;
import static org.deputyflow.suggestion.web.FormValues.readable;
import static org.deputyflow.suggestion.web.FormValues.required;
import static org.deputyflow.suggestion.web.StaffPanel.shown;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.UrgingDepartments;
import org.deputyflow.suggestion.WaivingOpinions;
import org.deputyflow.suggestion.web.StaffForms.ExplanationDecisionForm;
import org.deputyflow.suggestion.web.StaffForms.ExtensionDecisionForm;
import org.deputyflow.suggestion.web.StaffForms.OpinionWaiverForm;
import org.deputyflow.suggestion.web.StaffForms.RehandlingForm;
import org.deputyflow.suggestion.web.StaffForms.UrgeForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff panel's forms while departments handle a suggestion and after they reply: deciding
 * extension requests and re-handling, urging, waiving a co-unit's opinion, reviewing year-end
 * explanations, confirming a delivery for the deputy and closing an evaluation that never came.
 * They end as the intake forms do ({@link StaffPanel}).
 */
@PageController
@PreAuthorize("hasRole('STAFF')")
class StaffHandlingActionsController {

    private final StaffPanel panel;
    private final EvaluatingReplies evaluating;
    private final ExtendingDeadlines extending;
    private final UrgingDepartments urging;
    private final WaivingOpinions waiving;
    private final ExplainingFollowUps explaining;
    private final ConfirmingDeliveries confirming;

    StaffHandlingActionsController(
            StaffPanel panel,
            EvaluatingReplies evaluating,
            ExtendingDeadlines extending,
            UrgingDepartments urging,
            WaivingOpinions waiving,
            ExplainingFollowUps explaining,
            ConfirmingDeliveries confirming) {
        this.panel = panel;
        this.evaluating = evaluating;
        this.extending = extending;
        this.urging = urging;
        this.waiving = waiving;
        this.explaining = explaining;
        this.confirming = confirming;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PostMapping("/suggestions/{id}/staff/extension-requests/{requestId}/decision")
    String decideExtension(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long requestId,
            @ModelAttribute("extensionForm") ExtensionDecisionForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Boolean approve = present(errors, "approve", bool(form.approve()), "staff.error.approve");
        return panel.act(
                user,
                id,
                now -> now.extensions().stream().anyMatch(x -> x.request().id() == requestId),
                errors,
                shown(Set.of("approve", "comment")),
                locale,
                model,
                response,
                redirect,
                Boolean.TRUE.equals(approve) ? "staff.flash.extensionApproved" : "staff.flash.extensionRefused",
                () -> extending.decide(user, id, requestId, approve, form.comment()));
    }

    @PostMapping("/suggestions/{id}/staff/rehandling")
    String rehandling(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("rehandlingForm") RehandlingForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Boolean required = present(errors, "required", bool(form.required()), "staff.error.rehandling");
        return panel.act(
                user,
                id,
                StaffPanel.Panel::rehandling,
                errors,
                shown(Set.of("required", "comment")),
                locale,
                model,
                response,
                redirect,
                Boolean.TRUE.equals(required) ? "staff.flash.rehandlingOrdered" : "staff.flash.rehandlingDeclined",
                () -> evaluating.decideRehandling(user, id, required, form.comment()));
    }

    @PostMapping("/suggestions/{id}/staff/urges")
    String urge(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("urgeForm") UrgeForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long departmentId =
                readable(errors, "departmentId", form.departmentId(), FormText::id, "staff.error.department");
        required(errors, "message", form.message(), "staff.error.urgeMessage");
        return panel.act(
                user,
                id,
                now -> !now.urgeable().isEmpty(),
                errors,
                shown(Set.of("departmentId", "message")),
                locale,
                model,
                response,
                redirect,
                "staff.flash.urged",
                () -> urging.urge(user, id, departmentId, form.message()));
    }

    @PostMapping("/suggestions/{id}/staff/opinion-waivers")
    String waiveOpinion(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("waiverForm") OpinionWaiverForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long departmentId = present(errors, "departmentId", id(form.departmentId()), "staff.error.department");
        required(errors, "reason", form.reason(), "staff.error.waiverReason");
        return panel.act(
                user,
                id,
                now -> !now.waivable().isEmpty(),
                errors,
                shown(Set.of("departmentId", "reason")),
                locale,
                model,
                response,
                redirect,
                "staff.flash.opinionWaived",
                () -> waiving.waive(user, id, departmentId, form.reason()));
    }

    @PostMapping("/suggestions/{id}/staff/explanation-decision")
    String decideExplanation(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("explanationForm") ExplanationDecisionForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long departmentId = id(form.departmentId());
        Boolean accept = present(errors, "accept", bool(form.accept()), "staff.error.explanationDecision");
        return panel.act(
                user,
                id,
                now -> !now.explanations().isEmpty(),
                errors,
                shown(Set.of("departmentId", "accept", "comment")),
                locale,
                model,
                response,
                redirect,
                Boolean.TRUE.equals(accept) ? "staff.flash.explanationAccepted" : "staff.flash.explanationSentBack",
                () -> explaining.review(user, id, departmentId, accept, form.comment()));
    }

    @PostMapping("/suggestions/{id}/staff/delivery-confirmation")
    String confirmDelivery(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long departmentId,
            Locale locale,
            RedirectAttributes redirect) {
        confirming.confirmForDeputy(user, id, departmentId, null);
        return panel.done(id, "staff.flash.deliveryConfirmed", locale, redirect);
    }

    @PostMapping("/suggestions/{id}/staff/not-evaluated")
    String closeNotEvaluated(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            Locale locale,
            RedirectAttributes redirect) {
        evaluating.closeNotEvaluated(user, id);
        return panel.done(id, "staff.flash.notEvaluated", locale, redirect);
    }
}
