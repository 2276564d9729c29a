package org.deputyflow.suggestion.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.ScreeningSuggestions;
import org.deputyflow.suggestion.SuggestionDossier;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.UrgingDepartments;
import org.deputyflow.suggestion.WaivingOpinions;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.FollowUpExplanation;
import org.deputyflow.suggestion.domain.LetterReason;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.SuggestionSummary;
import org.deputyflow.suggestion.web.StaffForms.AssignForm;
import org.deputyflow.suggestion.web.StaffForms.DisputeForm;
import org.deputyflow.suggestion.web.StaffForms.ExplanationDecisionForm;
import org.deputyflow.suggestion.web.StaffForms.ExtensionDecisionForm;
import org.deputyflow.suggestion.web.StaffForms.MergeForm;
import org.deputyflow.suggestion.web.StaffForms.OpinionWaiverForm;
import org.deputyflow.suggestion.web.StaffForms.RehandlingForm;
import org.deputyflow.suggestion.web.StaffForms.ScreeningForm;
import org.deputyflow.suggestion.web.StaffForms.UrgeForm;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff actions panel of a suggestion page: exactly the actions that the suggestion's state
 * allows now, each a form posting here. Every action calls the service the API calls and
 * redirects back to the suggestion with a flash. A refused input comes back as the panel inside
 * the page, with the error next to its field and what was entered kept (400); a wrong state is
 * the 409 page.
 */
@PageController
@PreAuthorize("hasRole('STAFF')")
class StaffActionsController {

    static final String PANEL = "staff/actions-panel :: panel";
    static final String PAGE = "staff/actions-page";
    private static final Set<String> DEPARTMENT_PICKERS = Set.of("leadDepartmentIds", "coDepartmentIds");

    private final SuggestionQueries queries;
    private final ScreeningSuggestions screening;
    private final EvaluatingReplies evaluating;
    private final ExtendingDeadlines extending;
    private final UrgingDepartments urging;
    private final WaivingOpinions waiving;
    private final DirectoryService directory;
    private final CalendarService calendar;
    private final MessageSource messages;
    private final ExplainingFollowUps explaining;
    private final ConfirmingDeliveries confirming;

    StaffActionsController(SuggestionQueries queries, ScreeningSuggestions screening, EvaluatingReplies evaluating,
            ExtendingDeadlines extending, UrgingDepartments urging, WaivingOpinions waiving,
            DirectoryService directory, CalendarService calendar, MessageSource messages,
            ExplainingFollowUps explaining, ConfirmingDeliveries confirming) {
        this.explaining = explaining;
        this.confirming = confirming;
        this.queries = queries;
        this.screening = screening;
        this.evaluating = evaluating;
        this.extending = extending;
        this.urging = urging;
        this.waiving = waiving;
        this.directory = directory;
        this.calendar = calendar;
        this.messages = messages;
    }

    /** A department's open dispute, with the department that raised it. */
    public record OpenDispute(Dispute dispute, Assignment assignment) {
    }

    /** An undecided extension request, with the department that asked. */
    public record OpenExtension(ExtensionRequest request, Assignment assignment) {
    }

    /** What staff may do with the suggestion now; an empty panel says there is nothing. */
    public record Panel(Suggestion suggestion, boolean screen, boolean merge, boolean assign,
            List<OpenDispute> disputes, List<OpenExtension> extensions, boolean rehandling, List<Assignment> urgeable,
            List<Assignment> waivable, boolean closeNotEvaluated, List<PendingExplanation> explanations,
            List<Assignment> confirmable) {

        public boolean empty() {
            return !screen && !merge && !assign && disputes.isEmpty() && extensions.isEmpty() && !rehandling
                    && urgeable.isEmpty() && waivable.isEmpty() && !closeNotEvaluated && explanations.isEmpty()
                    && confirmable.isEmpty();
        }
    }

    /** A department's year-end explanation awaiting staff's review. */
    public record PendingExplanation(FollowUpExplanation explanation, Assignment assignment) {
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/suggestions/{id}/panels/staff")
    String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale, Model model) {
        describe(user, id, locale, model);
        return PANEL;
    }

    @PostMapping("/suggestions/{id}/staff/screening")
    String screen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("screeningForm") ScreeningForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ScreeningOutcome outcome = parse(ScreeningOutcome.class, form.getOutcome());
        if (outcome == ScreeningOutcome.RETURN) {
            required(errors, "reason", form.getReason(), "staff.error.returnReason");
        } else if (outcome == ScreeningOutcome.CONVERT_TO_LETTER && parse(LetterReason.class, form.getReason()) == null) {
            errors.rejectValue("reason", "staff.error.letterReason");
        }
        // only the accept form has a comment, only the other two a reason
        Set<String> fields = outcome == ScreeningOutcome.ACCEPT ? Set.of("comment") : Set.of("reason");
        return act(user, id, Panel::screen, errors, shown(fields), locale, model, response, redirect,
                "staff.flash.screened." + (outcome == null ? "ACCEPT" : outcome.name()),
                () -> screening.screen(user, id, outcome, form.getReason(), form.getComment()));
    }

    @PostMapping("/suggestions/{id}/staff/merge")
    String merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("mergeForm") MergeForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Long target = mergeTarget(user, form.getInto(), errors);
        return act(user, id, Panel::merge, errors, field -> "intoId".equals(field) ? "into" : null, locale, model, response,
                redirect, "staff.flash.merged", () -> screening.merge(user, id, target));
    }

    @PostMapping("/suggestions/{id}/staff/assignment")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("assignForm") AssignForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form.getLeadDepartmentIds().isEmpty()) {
            errors.rejectValue("leadDepartmentIds", "staff.error.leadRequired");
        }
        List<Long> leads = ids(errors, "leadDepartmentIds", form.getLeadDepartmentIds());
        List<Long> cos = ids(errors, "coDepartmentIds", form.getCoDepartmentIds());
        return act(user, id, Panel::assign, errors, shown(DEPARTMENT_PICKERS), locale, model, response, redirect,
                "staff.flash.assigned", () -> screening.assign(user, id, leads, cos));
    }

    @PostMapping("/suggestions/{id}/staff/dispute-decision")
    String decideDispute(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("disputeForm") DisputeForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Boolean uphold = bool(form.getUphold());
        Long departmentId = id(form.getDepartmentId());
        List<Long> leads = ids(errors, "leadDepartmentIds", form.getLeadDepartmentIds());
        List<Long> cos = ids(errors, "coDepartmentIds", form.getCoDepartmentIds());
        return act(user, id, panel -> !panel.disputes().isEmpty(), errors,
                field -> reassignPicker(user, id, departmentId, field), locale, model, response,
                redirect, Boolean.FALSE.equals(uphold) ? "staff.flash.reassigned" : "staff.flash.upheld", () -> {
                    // the two buttons post the choice and the department: missing, the request was forged
                    if (uphold == null) {
                        throw new BadRequestException("uphold", message("staff.error.uphold", locale));
                    }
                    if (form.getDepartmentId() != null && !form.getDepartmentId().isBlank() && departmentId == null) {
                        throw new BadRequestException("departmentId", message("staff.error.department", locale));
                    }
                    screening.decideDispute(user, id, uphold, departmentId, leads, cos);
                });
    }

    @PostMapping("/suggestions/{id}/staff/extension-requests/{requestId}/decision")
    String decideExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long requestId, @ModelAttribute("extensionForm") ExtensionDecisionForm form,
            BindingResult errors, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        form.requestId(requestId);
        Boolean approve = bool(form.getApprove());
        if (approve == null) {
            errors.rejectValue("approve", "staff.error.approve");
        }
        return act(user, id,
                panel -> panel.extensions().stream().anyMatch(x -> x.request().id() == requestId), errors,
                shown(Set.of("approve", "comment")), locale, model, response, redirect,
                Boolean.TRUE.equals(approve) ? "staff.flash.extensionApproved" : "staff.flash.extensionRefused",
                () -> extending.decide(user, id, requestId, approve, form.getComment()));
    }

    @PostMapping("/suggestions/{id}/staff/rehandling")
    String rehandling(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("rehandlingForm") RehandlingForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Boolean required = bool(form.getRequired());
        if (required == null) {
            errors.rejectValue("required", "staff.error.rehandling");
        }
        return act(user, id, Panel::rehandling, errors, shown(Set.of("required", "comment")), locale, model, response, redirect,
                Boolean.TRUE.equals(required) ? "staff.flash.rehandlingOrdered" : "staff.flash.rehandlingDeclined",
                () -> evaluating.decideRehandling(user, id, required, form.getComment()));
    }

    @PostMapping("/suggestions/{id}/staff/urges")
    String urge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("urgeForm") UrgeForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Long departmentId = id(form.getDepartmentId());
        if (form.getDepartmentId() != null && !form.getDepartmentId().isBlank() && departmentId == null) {
            errors.rejectValue("departmentId", "staff.error.department");
        }
        required(errors, "message", form.getMessage(), "staff.error.urgeMessage");
        return act(user, id, panel -> !panel.urgeable().isEmpty(), errors,
                shown(Set.of("departmentId", "message")), locale, model, response, redirect,
                "staff.flash.urged", () -> urging.urge(user, id, departmentId, form.getMessage()));
    }

    @PostMapping("/suggestions/{id}/staff/opinion-waivers")
    String waiveOpinion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("waiverForm") OpinionWaiverForm form, BindingResult errors, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Long departmentId = id(form.getDepartmentId());
        if (departmentId == null) {
            errors.rejectValue("departmentId", "staff.error.department");
        }
        required(errors, "reason", form.getReason(), "staff.error.waiverReason");
        return act(user, id, panel -> !panel.waivable().isEmpty(), errors,
                shown(Set.of("departmentId", "reason")), locale, model, response, redirect,
                "staff.flash.opinionWaived", () -> waiving.waive(user, id, departmentId, form.getReason()));
    }

    @PostMapping("/suggestions/{id}/staff/explanation-decision")
    String decideExplanation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute("explanationForm") ExplanationDecisionForm form, BindingResult errors, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Long departmentId = id(form.getDepartmentId());
        Boolean accept = bool(form.getAccept());
        if (accept == null) {
            errors.rejectValue("accept", "staff.error.explanationDecision");
        }
        return act(user, id, panel -> !panel.explanations().isEmpty(), errors,
                shown(Set.of("departmentId", "accept", "comment")), locale, model, response, redirect,
                Boolean.TRUE.equals(accept) ? "staff.flash.explanationAccepted" : "staff.flash.explanationSentBack",
                () -> explaining.review(user, id, departmentId, accept, form.getComment()));
    }

    @PostMapping("/suggestions/{id}/staff/delivery-confirmation")
    String confirmDelivery(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long departmentId, Locale locale, RedirectAttributes redirect) {
        confirming.confirmForDeputy(user, id, departmentId, null);
        return done(id, "staff.flash.deliveryConfirmed", locale, redirect);
    }

    @PostMapping("/suggestions/{id}/staff/not-evaluated")
    String closeNotEvaluated(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
            RedirectAttributes redirect) {
        evaluating.closeNotEvaluated(user, id);
        return done(id, "staff.flash.notEvaluated", locale, redirect);
    }

    /**
     * Runs the action unless the form has errors. A service's bad request goes next to the field it
     * names when the panel shows that field, else it is the page's error message. Either way nothing
     * has changed and the panel comes back inside the page with status 400, keeping what was entered.
     * A wrong state (409) or an unknown record (404) is the error page, and so is a refused form that
     * the suggestion no longer offers.
     */
    private String act(CurrentUser user, long id, Predicate<Panel> offered, BindingResult errors,
            UnaryOperator<String> fieldOf, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String doneKey, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                return done(id, doneKey, locale, redirect);
            } catch (BadRequestException e) {
                String field = e.field() == null ? null : fieldOf.apply(e.field());
                if (field != null) {
                    errors.rejectValue(field, "staff.error.service", e.getMessage());
                } else {
                    model.addAttribute("flashError", e.getMessage());
                }
            }
        }
        Panel panel = describe(user, id, locale, model);
        if (!offered.test(panel)) {
            // a page left open while the suggestion moved on: the form is gone, its errors would show nowhere
            throw new ConflictException(message("staff.error.moved", locale));
        }
        if (!model.containsAttribute("flashError")) {
            model.addAttribute("flashError", message("staff.flash.invalid", locale));
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return PAGE;
    }

    private Panel describe(CurrentUser user, long id, Locale locale, Model model) {
        SuggestionDossier dossier = queries.dossier(user, id);
        Suggestion s = dossier.suggestion();
        SuggestionStatus status = s.status();
        List<Assignment> assignments = dossier.assignments();
        List<OpenDispute> disputes = status != SuggestionStatus.IN_HANDLING ? List.of()
                : dossier.disputes().stream().filter(Dispute::open)
                        .map(d -> new OpenDispute(d, assignmentOf(assignments, d.assignmentId()))).toList();
        List<OpenExtension> extensions = dossier.extensions().stream().filter(ExtensionRequest::open)
                .map(x -> new OpenExtension(x, assignmentOf(assignments, x.assignmentId()))).toList();
        List<Assignment> urgeable = assignments.stream().filter(a -> a.active() && a.state().stillOwing())
                .toList();
        List<Assignment> waivable = status != SuggestionStatus.IN_HANDLING ? List.of()
                : WaivingOpinions.waivable(assignments, calendar.today());
        boolean evaluationLapsed = status == SuggestionStatus.REPLIED && s.evaluationDue() != null
                && calendar.today().isAfter(s.evaluationDue());
        boolean followUp = status == SuggestionStatus.FOLLOW_UP;
        List<PendingExplanation> explanations = !followUp ? List.of()
                : explaining.awaitingReview(user, id).stream()
                        .map(x -> new PendingExplanation(x, assignmentOf(assignments, x.assignmentId()))).toList();
        List<Assignment> confirmable = !followUp ? List.of()
                : confirming.lapsed(user, id).stream().map(c -> assignmentOf(assignments, c.assignmentId()))
                        .filter(a -> a.state() == AssignmentState.AWAITING_CONFIRMATION).toList();
        Panel panel = new Panel(s, status == SuggestionStatus.SUBMITTED,
                status == SuggestionStatus.SUBMITTED || status == SuggestionStatus.ACCEPTED,
                status == SuggestionStatus.ACCEPTED, disputes, extensions,
                status == SuggestionStatus.AWAITING_REHANDLING_DECISION, urgeable, waivable, evaluationLapsed,
                explanations, confirmable);
        model.addAttribute("panel", panel);
        model.addAttribute("suggestionId", id);
        model.addAttribute("letterReasons", LetterReason.values());
        if (panel.assign() || !disputes.isEmpty()) {
            model.addAttribute("departments", directory.allDepartments().stream().filter(Department::active)
                    .toList());
        }
        addIfMissing(model, "screeningForm", ScreeningForm::new);
        addIfMissing(model, "mergeForm", MergeForm::new);
        addIfMissing(model, "assignForm", AssignForm::new);
        addIfMissing(model, "disputeForm", DisputeForm::new);
        addIfMissing(model, "extensionForm", ExtensionDecisionForm::new);
        addIfMissing(model, "rehandlingForm", RehandlingForm::new);
        addIfMissing(model, "explanationForm", ExplanationDecisionForm::new);
        addIfMissing(model, "waiverForm", OpinionWaiverForm::new);
        addIfMissing(model, "urgeForm", () -> {
            UrgeForm form = new UrgeForm();
            form.setMessage(message("staff.urge.defaultMessage", locale));
            return form;
        });
        return panel;
    }

    private String done(long id, String key, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message(key, locale));
        return "redirect:/suggestions/" + id;
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
                .filter(s -> s.number().equals(target)).map(SuggestionSummary::id).findFirst().orElse(null);
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
                .anyMatch(a -> a.active() && a.departmentId() == departmentId && a.role().replies());
        return leadPicker ? field : "coDepartmentIds";
    }

    /** The service's field, when the form shows it, is where its error goes. */
    private static UnaryOperator<String> shown(Set<String> fields) {
        return field -> fields.contains(field) ? field : null;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void addIfMissing(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }

    private static void required(BindingResult errors, String field, String value, String code) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, code);
        }
    }

    private static List<Long> ids(BindingResult errors, String field, List<String> values) {
        List<Long> ids = values.stream().map(StaffActionsController::id).toList();
        if (ids.contains(null) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "staff.error.department");
        }
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private static Long id(String value) {
        String v = value == null ? "" : value.strip();
        return !v.isEmpty() && v.length() < 19 && v.chars().allMatch(Character::isDigit) ? Long.valueOf(v) : null;
    }

    private static Boolean bool(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value.strip())).findFirst().orElse(null);
    }

    private static Assignment assignmentOf(List<Assignment> assignments, long assignmentId) {
        return assignments.stream().filter(a -> a.id() == assignmentId).findFirst().orElseThrow();
    }
}
