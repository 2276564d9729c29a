package org.deputyflow.suggestion.web;

import static org.deputyflow.shared.web.FormText.bool;
import static org.deputyflow.shared.web.FormText.enumOf;
import static org.deputyflow.shared.web.FormText.id;
import static org.deputyflow.suggestion.web.FormValues.required;
import static org.deputyflow.suggestion.web.StaffPanel.shown;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.DecidingDisputes;
import org.deputyflow.suggestion.MergingSuggestions;
import org.deputyflow.suggestion.ScreeningSuggestions;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.domain.LetterReason;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.SuggestionSummary;
import org.deputyflow.suggestion.web.StaffForms.AssignForm;
import org.deputyflow.suggestion.web.StaffForms.DisputeForm;
import org.deputyflow.suggestion.web.StaffForms.MergeForm;
import org.deputyflow.suggestion.web.StaffForms.ScreeningForm;
import org.deputyflow.suggestion.web.StaffPanel.Panel;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff actions panel of a suggestion page: exactly the actions that the suggestion's state
 * allows now, each a form posting here. Every action calls the service the API calls and
 * redirects back to the suggestion with a flash. A refused input comes back as the panel inside
 * the page, with the error next to its field and what was entered kept (400); a wrong state is
 * the 409 page. These are the intake forms (screening, merging, assignment and the rulings on
 * disputes); the forms of handling and after are {@link StaffHandlingActionsController}'s.
 */
@PageController
@PreAuthorize("hasRole('STAFF')")
class StaffActionsController {

    private static final Set<String> DEPARTMENT_PICKERS = Set.of("leadDepartmentIds", "coDepartmentIds");

    private final StaffPanel panel;
    private final SuggestionQueries queries;
    private final ScreeningSuggestions screening;
    private final MergingSuggestions merging;
    private final DecidingDisputes disputes;

    StaffActionsController(
            StaffPanel panel,
            SuggestionQueries queries,
            ScreeningSuggestions screening,
            MergingSuggestions merging,
            DecidingDisputes disputes) {
        this.panel = panel;
        this.queries = queries;
        this.screening = screening;
        this.merging = merging;
        this.disputes = disputes;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/suggestions/{id}/panels/staff")
    String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale, Model model) {
        panel.describe(user, id, locale, model);
        return StaffPanel.PANEL;
    }

    @PostMapping("/suggestions/{id}/staff/screening")
    String screen(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("screeningForm") ScreeningForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ScreeningOutcome outcome = enumOf(ScreeningOutcome.class, form.outcome());
        if (outcome == ScreeningOutcome.RETURN) {
            required(errors, "reason", form.reason(), "staff.error.returnReason");
        } else if (outcome == ScreeningOutcome.CONVERT_TO_LETTER && enumOf(LetterReason.class, form.reason()) == null) {
            errors.rejectValue("reason", "staff.error.letterReason");
        }
        // only the accept form has a comment, only the other two a reason
        Set<String> fields = outcome == ScreeningOutcome.ACCEPT ? Set.of("comment") : Set.of("reason");
        return panel.act(
                user,
                id,
                Panel::screen,
                errors,
                shown(fields),
                locale,
                model,
                response,
                redirect,
                "staff.flash.screened." + (outcome == null ? "ACCEPT" : outcome.name()),
                () -> screening.screen(user, id, outcome, form.reason(), form.comment()));
    }

    @PostMapping("/suggestions/{id}/staff/merge")
    String merge(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("mergeForm") MergeForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long target = mergeTarget(user, form.into(), errors);
        return panel.act(
                user,
                id,
                Panel::merge,
                errors,
                field -> "intoId".equals(field) ? "into" : null,
                locale,
                model,
                response,
                redirect,
                "staff.flash.merged",
                () -> merging.merge(user, id, target));
    }

    @PostMapping("/suggestions/{id}/staff/assignment")
    String assign(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("assignForm") AssignForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.leadDepartmentIds().isEmpty()) {
            errors.rejectValue("leadDepartmentIds", "staff.error.leadRequired");
        }
        List<Long> leads = ids(errors, "leadDepartmentIds", form.leadDepartmentIds());
        List<Long> cos = ids(errors, "coDepartmentIds", form.coDepartmentIds());
        return panel.act(
                user,
                id,
                Panel::assign,
                errors,
                shown(DEPARTMENT_PICKERS),
                locale,
                model,
                response,
                redirect,
                "staff.flash.assigned",
                () -> screening.assign(user, id, leads, cos));
    }

    @PostMapping("/suggestions/{id}/staff/dispute-decision")
    String decideDispute(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("disputeForm") DisputeForm form,
            BindingResult errors,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Boolean uphold = bool(form.uphold());
        Long departmentId = id(form.departmentId());
        List<Long> leads = ids(errors, "leadDepartmentIds", form.leadDepartmentIds());
        List<Long> cos = ids(errors, "coDepartmentIds", form.coDepartmentIds());
        return panel.act(
                user,
                id,
                now -> !now.disputes().isEmpty(),
                errors,
                field -> reassignPicker(user, id, departmentId, field),
                locale,
                model,
                response,
                redirect,
                Boolean.FALSE.equals(uphold) ? "staff.flash.reassigned" : "staff.flash.upheld",
                () -> {
                    // the two buttons post the choice and the department: missing, the request was forged
                    if (uphold == null) {
                        throw new BadRequestException("uphold", "staff.error.uphold");
                    }
                    if (form.departmentId() != null && !form.departmentId().isBlank() && departmentId == null) {
                        throw new BadRequestException("departmentId", "staff.error.department");
                    }
                    disputes.decideDispute(user, id, uphold, departmentId, leads, cos);
                });
    }

    // staff know the other suggestion by its number (2026-0012); its id is accepted as well
    private Long mergeTarget(CurrentUser user, String into, BindingResult errors) {
        String target = into == null ? "" : into.strip();
        if (target.isEmpty()) {
            errors.rejectValue("into", "staff.error.mergeInto");
            return null;
        }
        if (target.chars().allMatch(Character::isDigit) && target.length() < 19) {
            try {
                return queries.state(user, Long.parseLong(target)).id();
            } catch (NotFoundException e) {
                errors.rejectValue("into", "staff.error.noSuchSuggestion", new Object[] {target}, null);
                return null;
            }
        }
        Long found = queries.list(user, null, null, target, new PageRequest(0, 5)).items().stream()
                .filter(s -> s.number().equals(target))
                .map(SuggestionSummary::id)
                .findFirst()
                .orElse(null);
        if (found == null) {
            errors.rejectValue("into", "staff.error.noSuchNumber", new Object[] {target}, null);
        }
        return found;
    }

    /**
     * Where a refused reassignment shows: the co-unit picker is on every dispute form, the lead picker
     * only on the form of a department that replies, so a co-unit's refused choice goes next to the
     * co-unit picker; any other problem is the page's message.
     */
    private String reassignPicker(CurrentUser user, long id, Long departmentId, String field) {
        if ("coDepartmentIds".equals(field)) {
            return field;
        }
        if (!"leadDepartmentIds".equals(field) || departmentId == null) {
            return null;
        }
        boolean leadPicker = queries.dossier(user, id).assignments().stream()
                .anyMatch(a -> a.active()
                        && a.departmentId() == departmentId
                        && a.role().replies());
        return leadPicker ? field : "coDepartmentIds";
    }

    private static List<Long> ids(BindingResult errors, String field, List<String> values) {
        List<Long> ids = values.stream().map(FormText::id).toList();
        if (ids.contains(null) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "staff.error.department");
        }
        return ids.stream().filter(Objects::nonNull).toList();
    }
}
