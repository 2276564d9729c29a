package org.deputyflow.suggestion.web;

import static org.deputyflow.suggestion.web.FormValues.required;

import jakarta.servlet.http.HttpServletResponse;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.DepartmentHandling;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.web.DepartmentForms.ExtensionForm;
import org.deputyflow.suggestion.web.DepartmentForms.SignOffForm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department leader's forms of the department actions panel: signing off the reply and asking
 * staff for more time. Both end as the handler's forms do ({@link DepartmentPanel}).
 */
@PageController
@RequestMapping("/suggestions/{id}")
@PreAuthorize("hasRole('DEPT_LEADER')")
class LeaderActionsController {

    private final DepartmentPanel panel;
    private final DepartmentHandling handling;
    private final ExtendingDeadlines extending;

    LeaderActionsController(DepartmentPanel panel, DepartmentHandling handling, ExtendingDeadlines extending) {
        this.panel = panel;
        this.handling = handling;
        this.extending = extending;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PostMapping("/department/sign-off")
    String signOff(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("signOffForm") SignOffForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean approve = "approve".equals(form.decision());
        if (!approve && !"send-back".equals(form.decision())) {
            errors.rejectValue("decision", "leader.signOff.decision.required");
        } else if (!approve) {
            required(errors, "comment", form.comment(), "leader.signOff.comment.required");
        }
        return panel.act(
                user,
                id,
                errors,
                model,
                response,
                redirect,
                approve ? "leader.flash.approved" : "leader.flash.sentBack",
                () -> handling.signOff(user, id, approve, form.comment()));
    }

    @PostMapping("/department/extension")
    String extension(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("extensionForm") ExtensionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // how many months may be asked for is the extension's rule: a value that is no number is none
        Integer months = form.months() != null && form.months().strip().matches("\\d{1,2}")
                ? Integer.valueOf(form.months().strip())
                : null;
        required(errors, "reason", form.reason(), "leader.extension.reason.required");
        return panel.act(
                user,
                id,
                errors,
                model,
                response,
                redirect,
                "leader.flash.extensionRequested",
                () -> extending.request(user, id, months, form.reason()));
    }
}
