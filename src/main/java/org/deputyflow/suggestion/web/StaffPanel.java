package org.deputyflow.suggestion.web;

import static org.deputyflow.suggestion.web.FormValues.addIfMissing;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.SuggestionDossier;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.FollowUpExplanation;
import org.deputyflow.suggestion.domain.LetterReason;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
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
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff actions panel that the intake forms ({@link StaffActionsController}) and the handling
 * forms ({@link StaffHandlingActionsController}) share: what the suggestion's state lets staff do
 * now, every form of it, and how a posted form ends (back to the suggestion with a flash, or the
 * panel again with its errors).
 */
@Component
class StaffPanel {

    static final String PANEL = "staff/actions-panel :: panel";
    static final String PAGE = "staff/actions-page";

    private final SuggestionQueries queries;
    private final DirectoryService directory;
    private final CalendarService calendar;
    private final MessageSource messages;
    private final ExplainingFollowUps explaining;
    private final ConfirmingDeliveries confirming;

    StaffPanel(
            SuggestionQueries queries,
            DirectoryService directory,
            CalendarService calendar,
            MessageSource messages,
            ExplainingFollowUps explaining,
            ConfirmingDeliveries confirming) {
        this.queries = queries;
        this.directory = directory;
        this.calendar = calendar;
        this.messages = messages;
        this.explaining = explaining;
        this.confirming = confirming;
    }

    /** A department's open dispute, with the department that raised it. */
    public record OpenDispute(Dispute dispute, Assignment assignment) {}

    /** An undecided extension request, with the department that asked and whether staff may still approve it. */
    public record OpenExtension(ExtensionRequest request, Assignment assignment, boolean approvable) {}

    /** What staff may do with the suggestion now; an empty panel says there is nothing. */
    public record Panel(
            Suggestion suggestion,
            boolean screen,
            boolean merge,
            boolean assign,
            List<OpenDispute> disputes,
            List<OpenExtension> extensions,
            boolean rehandling,
            List<Assignment> urgeable,
            List<Assignment> waivable,
            boolean closeNotEvaluated,
            List<PendingExplanation> explanations,
            List<Assignment> confirmable) {

        public boolean empty() {
            return !screen
                    && !merge
                    && !assign
                    && disputes.isEmpty()
                    && extensions.isEmpty()
                    && !rehandling
                    && urgeable.isEmpty()
                    && waivable.isEmpty()
                    && !closeNotEvaluated
                    && explanations.isEmpty()
                    && confirmable.isEmpty();
        }
    }

    /** A department's year-end explanation awaiting staff's review. */
    public record PendingExplanation(FollowUpExplanation explanation, Assignment assignment) {}

    /**
     * Runs the action unless the form has errors. A service's bad request goes next to the field it
     * names when the panel shows that field, else it is the page's error message. Either way nothing
     * has changed and the panel comes back inside the page with status 400, keeping what was entered.
     * A wrong state (409) or an unknown record (404) is the error page, and so is a refused form that
     * the suggestion no longer offers.
     */
    String act(
            CurrentUser user,
            long id,
            Predicate<Panel> offered,
            BindingResult errors,
            UnaryOperator<String> fieldOf,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneKey,
            Runnable action) {
        return PanelPosts.act(
                errors,
                fieldOf,
                text -> messages.getMessage(text, locale),
                "staff.flash.invalid",
                model,
                response,
                () -> {
                    action.run();
                    return done(id, doneKey, locale, redirect);
                },
                () -> {
                    if (!offered.test(describe(user, id, locale, model))) {
                        // a page left open while the suggestion moved on: the form and its errors are gone
                        throw new ConflictException("staff.error.moved");
                    }
                    return PAGE;
                });
    }

    Panel describe(CurrentUser user, long id, Locale locale, Model model) {
        SuggestionDossier dossier = queries.dossier(user, id);
        Suggestion s = dossier.suggestion();
        List<Assignment> assignments = dossier.assignments();
        Set<String> allowed = Set.copyOf(dossier.allowedActions());
        List<OpenDispute> disputes = !allowed.contains(SuggestionAction.DECIDE_DISPUTE.name())
                ? List.of()
                : dossier.disputes().stream()
                        .filter(Dispute::open)
                        .map(d -> new OpenDispute(d, assignmentOf(assignments, d.assignmentId())))
                        .toList();
        boolean approve = allowed.contains(SuggestionAction.APPROVE_EXTENSION.name());
        List<OpenExtension> extensions = !allowed.contains(SuggestionAction.REFUSE_EXTENSION.name())
                ? List.of()
                : dossier.extensions().stream()
                        .filter(ExtensionRequest::open)
                        .map(x -> {
                            Assignment asked = assignmentOf(assignments, x.assignmentId());
                            return new OpenExtension(x, asked, approve && SuggestionPolicy.approvable(x, asked));
                        })
                        .toList();
        List<Assignment> urgeable =
                !allowed.contains(SuggestionAction.URGE.name()) ? List.of() : SuggestionPolicy.owing(assignments);
        List<Assignment> waivable = !allowed.contains(SuggestionAction.WAIVE_OPINION.name())
                ? List.of()
                : SuggestionPolicy.waivable(assignments, calendar.today());
        List<PendingExplanation> explanations = !allowed.contains(SuggestionAction.REVIEW_EXPLANATION.name())
                ? List.of()
                : explaining.awaitingReview(user, id).stream()
                        .map(x -> new PendingExplanation(x, assignmentOf(assignments, x.assignmentId())))
                        .toList();
        List<Assignment> confirmable = !allowed.contains(SuggestionAction.CONFIRM_DELIVERY.name())
                ? List.of()
                : confirming.lapsed(user, id).stream()
                        .map(c -> assignmentOf(assignments, c.assignmentId()))
                        .filter(a -> a.state() == AssignmentState.AWAITING_CONFIRMATION)
                        .toList();
        Panel panel = new Panel(
                s,
                allowed.contains(SuggestionAction.SCREEN.name()),
                allowed.contains(SuggestionAction.MERGE.name()),
                allowed.contains(SuggestionAction.ASSIGN.name()),
                disputes,
                extensions,
                allowed.contains(SuggestionAction.DECIDE_REHANDLING.name()),
                urgeable,
                waivable,
                allowed.contains(SuggestionAction.CLOSE_NOT_EVALUATED.name()),
                explanations,
                confirmable);
        model.addAttribute("panel", panel);
        model.addAttribute("suggestionId", id);
        model.addAttribute("letterReasons", LetterReason.values());
        if (panel.assign() || !disputes.isEmpty()) {
            model.addAttribute(
                    "departments",
                    directory.allDepartments().stream()
                            .filter(Department::active)
                            .toList());
        }
        addIfMissing(model, "screeningForm", ScreeningForm::empty);
        addIfMissing(model, "mergeForm", MergeForm::empty);
        addIfMissing(model, "assignForm", AssignForm::empty);
        addIfMissing(model, "disputeForm", DisputeForm::empty);
        addIfMissing(model, "extensionForm", ExtensionDecisionForm::empty);
        addIfMissing(model, "rehandlingForm", RehandlingForm::empty);
        addIfMissing(model, "explanationForm", ExplanationDecisionForm::empty);
        addIfMissing(model, "waiverForm", OpinionWaiverForm::empty);
        addIfMissing(model, "urgeForm", () -> UrgeForm.of(message("staff.urge.defaultMessage", locale)));
        return panel;
    }

    String done(long id, String key, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", message(key, locale));
        return "redirect:/suggestions/" + id;
    }

    /** The service's field, when the form shows it, is where its error goes. */
    static UnaryOperator<String> shown(Set<String> fields) {
        return field -> fields.contains(field) ? field : null;
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Assignment assignmentOf(List<Assignment> assignments, long assignmentId) {
        return assignments.stream()
                .filter(a -> a.id() == assignmentId)
                .findFirst()
                .orElseThrow();
    }
}
