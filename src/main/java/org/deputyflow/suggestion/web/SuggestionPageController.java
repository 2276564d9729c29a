package org.deputyflow.suggestion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.DeputyDesk;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.HandlingClocks;
import org.deputyflow.suggestion.SubmittingSuggestions;
import org.deputyflow.suggestion.SuggestionDiagrams;
import org.deputyflow.suggestion.SuggestionDossier;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.process.SuggestionProcessView;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suggestion page for every role that may see the suggestion, with the diagram of its process
 * and the deputy's actions; the other roles' actions load as panels of their own.
 */
@PageController
class SuggestionPageController {

    private static final Set<String> EVALUATION_FIELDS =
            Set.of("departmentId", "attitude", "result", "reason", "confidentialNote");

    /** A due date this close counts as "due soon". */
    private final SuggestionQueries queries;

    private final SuggestionDiagrams diagrams;
    private final SubmittingSuggestions submitting;
    private final EvaluatingReplies evaluating;
    private final CalendarService calendar;
    private final MessageSource messages;
    private final HandlingClocks clocks;
    private final ConfirmingDeliveries confirming;

    SuggestionPageController(
            SuggestionQueries queries,
            SuggestionDiagrams diagrams,
            SubmittingSuggestions submitting,
            EvaluatingReplies evaluating,
            CalendarService calendar,
            MessageSource messages,
            HandlingClocks clocks,
            ConfirmingDeliveries confirming) {
        this.confirming = confirming;
        this.clocks = clocks;
        this.queries = queries;
        this.diagrams = diagrams;
        this.submitting = submitting;
        this.evaluating = evaluating;
        this.calendar = calendar;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        PageBinding.configure(binder);
    }

    @GetMapping("/suggestions/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("evaluationForm", EvaluationForm.empty());
        return page(user, id, model);
    }

    /** The deployed BPMN of the suggestion's process and the steps it is at, for the diagram viewer. */
    @GetMapping("/suggestions/{id}/diagram")
    @ResponseBody
    SuggestionProcessView.Diagram diagram(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return diagrams.diagram(user, id);
    }

    @PostMapping("/suggestions/{id}/co-signature")
    @PreAuthorize("hasRole('DEPUTY')")
    String answerCoSignature(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam boolean accept,
            RedirectAttributes redirect,
            Locale locale) {
        submitting.answerCoSignature(user, id, accept);
        redirect.addFlashAttribute(
                "flash",
                messages.getMessage(
                        accept ? "suggestion.coSignature.accepted" : "suggestion.coSignature.declined", null, locale));
        // whoever declines no longer sees the suggestion
        return accept ? "redirect:/suggestions/" + id : "redirect:/deputy";
    }

    @PostMapping("/suggestions/{id}/withdrawal")
    @PreAuthorize("hasRole('DEPUTY')")
    String withdraw(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            RedirectAttributes redirect,
            Locale locale) {
        SubmittingSuggestions.Withdrawal withdrawal = submitting.withdraw(user, id);
        String message = withdrawal.status() == SuggestionStatus.WITHDRAWN
                ? messages.getMessage("suggestion.withdrawal.done", null, locale)
                : messages.getMessage(
                        "suggestion.withdrawal.awaiting",
                        new Object[] {
                            String.join(
                                    messages.getMessage("suggestion.list.separator", null, locale),
                                    withdrawal.awaitingAgreementOf())
                        },
                        locale);
        redirect.addFlashAttribute("flash", message);
        return "redirect:/suggestions/" + id;
    }

    @PostMapping("/suggestions/{id}/evaluation")
    @PreAuthorize("hasRole('DEPUTY')")
    String evaluate(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                evaluating.evaluate(user, id, form.department(), form.input());
                redirect.addFlashAttribute("flash", messages.getMessage("suggestion.evaluation.done", null, locale));
                return "redirect:/suggestions/" + id;
            } catch (BadRequestException e) {
                FormValues.reject(result, EVALUATION_FIELDS, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(user, id, model);
    }

    @PostMapping("/suggestions/{id}/delivery-confirmation")
    @PreAuthorize("hasRole('DEPUTY')")
    String confirmDelivery(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(defaultValue = "false") boolean confirmed,
            @RequestParam(required = false) String comment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            confirming.answer(user, id, departmentId, confirmed, comment);
        } catch (BadRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("flashError", messages.getMessage(e, locale));
            model.addAttribute("evaluationForm", EvaluationForm.empty());
            return page(user, id, model);
        }
        redirect.addFlashAttribute(
                "flash",
                messages.getMessage(
                        confirmed ? "suggestion.delivery.confirmed" : "suggestion.delivery.disputed", null, locale));
        return "redirect:/suggestions/" + id;
    }

    private String page(CurrentUser user, long id, Model model) {
        SuggestionDossier dossier = queries.dossier(user, id);
        LocalDate today = calendar.today();
        Map<Long, Assignment> byId =
                dossier.assignments().stream().collect(Collectors.toMap(Assignment::id, Function.identity()));
        Map<Long, Long> daysLeft = new HashMap<>();
        for (Assignment a : dossier.assignments()) {
            LocalDate due = a.owedDue();
            if (a.active() && due != null) {
                daysLeft.put(a.id(), ChronoUnit.DAYS.between(today, due));
            }
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("suggestion", dossier.suggestion());
        model.addAttribute("assignmentsById", byId);
        model.addAttribute("daysLeft", daysLeft);
        model.addAttribute("dueSoonDays", clocks.dueSoonDays());
        model.addAttribute("zone", calendar.zone());
        model.addAttribute("actions", DeputyDesk.actions(user, dossier));
        model.addAttribute("ratings", Rating.values());
        return "suggestion/detail";
    }
}
