package org.deputyflow.suggestion.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.ScreeningSuggestions;
import org.deputyflow.suggestion.SuggestionDossier;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.UrgingDepartments;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.LetterReason;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.SuggestionSummary;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff actions panel of a suggestion page: exactly the actions that the suggestion's state
 * allows now, each a form posting here. Every action calls the service the API calls and
 * redirects back to the suggestion with a flash; a refused input becomes a flash error naming
 * the problem, a wrong state the 409 page.
 */
@PageController
@PreAuthorize("hasRole('STAFF')")
class StaffActionsController {

    /** The states in which a department still owes something and may be urged (as UrgingDepartments). */
    private static final Set<AssignmentState> URGEABLE = EnumSet.of(AssignmentState.HANDLING,
            AssignmentState.DISPUTED, AssignmentState.AWAITING_SIGN_OFF, AssignmentState.REHANDLING,
            AssignmentState.FOLLOW_UP);

    private final SuggestionQueries queries;
    private final ScreeningSuggestions screening;
    private final EvaluatingReplies evaluating;
    private final ExtendingDeadlines extending;
    private final UrgingDepartments urging;
    private final DirectoryService directory;
    private final CalendarService calendar;
    private final MessageSource messages;

    StaffActionsController(SuggestionQueries queries, ScreeningSuggestions screening, EvaluatingReplies evaluating,
            ExtendingDeadlines extending, UrgingDepartments urging, DirectoryService directory,
            CalendarService calendar, MessageSource messages) {
        this.queries = queries;
        this.screening = screening;
        this.evaluating = evaluating;
        this.extending = extending;
        this.urging = urging;
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
            boolean closeNotEvaluated) {

        public boolean empty() {
            return !screen && !merge && !assign && disputes.isEmpty() && extensions.isEmpty() && !rehandling
                    && urgeable.isEmpty() && !closeNotEvaluated;
        }
    }

    @GetMapping("/suggestions/{id}/panels/staff")
    String panel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        SuggestionDossier dossier = queries.dossier(user, id);
        Suggestion s = dossier.suggestion();
        SuggestionStatus status = s.status();
        List<Assignment> assignments = dossier.assignments();
        List<OpenDispute> disputes = status != SuggestionStatus.IN_HANDLING ? List.of()
                : dossier.disputes().stream().filter(Dispute::open)
                        .map(d -> new OpenDispute(d, assignmentOf(assignments, d.assignmentId()))).toList();
        List<OpenExtension> extensions = dossier.extensions().stream().filter(ExtensionRequest::open)
                .map(x -> new OpenExtension(x, assignmentOf(assignments, x.assignmentId()))).toList();
        List<Assignment> urgeable = assignments.stream().filter(a -> a.active() && URGEABLE.contains(a.state()))
                .toList();
        boolean evaluationLapsed = status == SuggestionStatus.REPLIED && s.evaluationDue() != null
                && calendar.today().isAfter(s.evaluationDue());
        Panel panel = new Panel(s, status == SuggestionStatus.SUBMITTED,
                status == SuggestionStatus.SUBMITTED || status == SuggestionStatus.ACCEPTED,
                status == SuggestionStatus.ACCEPTED, disputes, extensions,
                status == SuggestionStatus.AWAITING_REHANDLING_DECISION, urgeable, evaluationLapsed);
        model.addAttribute("panel", panel);
        model.addAttribute("letterReasons", LetterReason.values());
        if (panel.assign() || !disputes.isEmpty()) {
            model.addAttribute("departments", directory.allDepartments().stream().filter(Department::active)
                    .toList());
        }
        return "staff/actions-panel";
    }

    @PostMapping("/suggestions/{id}/staff/screening")
    String screen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) ScreeningOutcome outcome, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, "staff.flash.screened." + (outcome == null ? "ACCEPT" : outcome.name()),
                () -> screening.screen(user, id, outcome, reason, comment));
    }

    @PostMapping("/suggestions/{id}/staff/merge")
    String merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String into, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, "staff.flash.merged", () -> screening.merge(user, id, mergeTarget(user, into, locale)));
    }

    @PostMapping("/suggestions/{id}/staff/assignment")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) List<Long> leadDepartmentIds,
            @RequestParam(required = false) List<Long> coDepartmentIds, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, "staff.flash.assigned",
                () -> screening.assign(user, id, leadDepartmentIds, coDepartmentIds));
    }

    @PostMapping("/suggestions/{id}/staff/dispute-decision")
    String decideDispute(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Boolean uphold, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) List<Long> leadDepartmentIds,
            @RequestParam(required = false) List<Long> coDepartmentIds, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, Boolean.FALSE.equals(uphold) ? "staff.flash.reassigned" : "staff.flash.upheld",
                () -> {
                    if (uphold == null) {
                        throw new BadRequestException("uphold", message("staff.error.uphold", locale));
                    }
                    screening.decideDispute(user, id, uphold, departmentId, leadDepartmentIds, coDepartmentIds);
                });
    }

    @PostMapping("/suggestions/{id}/staff/extension-requests/{requestId}/decision")
    String decideExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long requestId, @RequestParam(required = false) Boolean approve,
            @RequestParam(required = false) String comment, Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, Boolean.TRUE.equals(approve) ? "staff.flash.extensionApproved"
                : "staff.flash.extensionRefused", () -> extending.decide(user, id, requestId, approve, comment));
    }

    @PostMapping("/suggestions/{id}/staff/rehandling")
    String rehandling(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Boolean required, @RequestParam(required = false) String comment,
            Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, Boolean.TRUE.equals(required) ? "staff.flash.rehandlingOrdered"
                : "staff.flash.rehandlingDeclined", () -> {
                    if (required == null) {
                        throw new BadRequestException("required", message("staff.error.rehandling", locale));
                    }
                    evaluating.decideRehandling(user, id, required, comment);
                });
    }

    @PostMapping("/suggestions/{id}/staff/urges")
    String urge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String message,
            Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, locale, "staff.flash.urged", () -> urging.urge(user, id, departmentId, message));
    }

    @PostMapping("/suggestions/{id}/staff/not-evaluated")
    String closeNotEvaluated(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Locale locale,
            RedirectAttributes redirect) {
        return act(id, redirect, locale, "staff.flash.notEvaluated", () -> evaluating.closeNotEvaluated(user, id));
    }

    /** Runs the action; bad input becomes a flash error, anything else (409, 404) the error page. */
    private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", message(doneKey, locale));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/suggestions/" + id;
    }

    // staff know the other suggestion by its number (2026-0012); its id is accepted as well
    private Long mergeTarget(CurrentUser user, String into, Locale locale) {
        String target = into == null ? "" : into.strip();
        if (target.isEmpty()) {
            return null;
        }
        if (target.chars().allMatch(Character::isDigit)) {
            return Long.valueOf(target);
        }
        return queries.list(user, null, null, target, new PageRequest(0, 5)).items().stream()
                .filter(s -> s.number().equals(target)).map(SuggestionSummary::id).findFirst()
                .orElseThrow(() -> new BadRequestException("intoId",
                        messages.getMessage("staff.error.noSuchNumber", new Object[] {target}, locale)));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static Assignment assignmentOf(List<Assignment> assignments, long assignmentId) {
        return assignments.stream().filter(a -> a.id() == assignmentId).findFirst().orElseThrow();
    }
}
