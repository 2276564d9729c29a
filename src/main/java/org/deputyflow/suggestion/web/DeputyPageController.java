package org.deputyflow.suggestion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.suggestion.DeputyDesk;
import org.deputyflow.suggestion.SubmittingSuggestions;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Suggestion;
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

/**
 * The deputy's home (task lists first), the "new suggestion" form with its co-signer picker, and
 * the revision form for a suggestion that staff returned.
 */
@PageController
@PreAuthorize("hasRole('DEPUTY')")
class DeputyPageController {

    /** Task lists on the home show this many before paging: a deputy rarely has more. */
    private static final int TASKS_SHOWN = 50;

    private static final int DEPUTIES_FOUND = 10;
    private static final Set<String> FIELDS = Set.of("title", "content", "category", "period", "coSignerIds");
    private static final Set<String> REVISED_FIELDS = Set.of("title", "content", "category", "period");

    private final DeputyDesk desk;
    private final SuggestionQueries queries;
    private final SubmittingSuggestions submitting;
    private final DirectoryService directory;
    private final MessageSource messages;

    DeputyPageController(
            DeputyDesk desk,
            SuggestionQueries queries,
            SubmittingSuggestions submitting,
            DirectoryService directory,
            MessageSource messages) {
        this.desk = desk;
        this.queries = queries;
        this.submitting = submitting;
        this.directory = directory;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        PageBinding.configure(binder);
    }

    @GetMapping("/deputy")
    String home(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("toRevise", desk.suggestionsToRevise(user, new PageRequest(0, TASKS_SHOWN)));
        model.addAttribute("coSignatures", desk.coSignatureRequests(user, new PageRequest(0, TASKS_SHOWN)));
        model.addAttribute("toEvaluate", desk.repliesToEvaluate(user, new PageRequest(0, TASKS_SHOWN)));
        model.addAttribute("mine", queries.list(user, null, null, null, PageRequest.of(page, null)));
        return "suggestion/deputy-home";
    }

    @GetMapping("/deputy/suggestions/new")
    String initCreationForm(Model model) {
        model.addAttribute("suggestionForm", SuggestionForm.empty());
        return showForm(model, List.of());
    }

    @PostMapping("/deputy/suggestions")
    String processCreationForm(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("suggestionForm") SuggestionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                SubmittingSuggestions.Submitted submitted = submitting.submit(user, form.draft(), form.coSigners());
                redirect.addFlashAttribute(
                        "flash",
                        messages.getMessage("suggestion.form.submitted", new Object[] {submitted.number()}, locale));
                return "redirect:/suggestions/" + submitted.id();
            } catch (BadRequestException e) {
                FormValues.reject(result, FIELDS, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showForm(model, form.coSigners());
    }

    @GetMapping("/suggestions/{id}/revision")
    String initRevisionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Suggestion suggestion = desk.returnedForRevision(user, id);
        model.addAttribute("suggestionForm", SuggestionForm.of(suggestion));
        return showRevisionForm(model, suggestion);
    }

    /** Co-signers stay as they are: the revision changes what the suggestion says, not who signed it. */
    @PostMapping("/suggestions/{id}/revision")
    String processRevisionForm(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("suggestionForm") SuggestionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        Suggestion suggestion = desk.returnedForRevision(user, id);
        form.validate(result);
        if (!result.hasErrors()) {
            try {
                submitting.revise(user, id, form.draft());
                redirect.addFlashAttribute(
                        "flash", messages.getMessage("deputy.revise.done", new Object[] {suggestion.number()}, locale));
                return "redirect:/suggestions/" + id;
            } catch (BadRequestException e) {
                FormValues.reject(result, REVISED_FIELDS, e);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return showRevisionForm(model, suggestion);
    }

    /** The co-signer search: deputies whose name or delegation starts with {@code q}, never oneself. */
    @GetMapping("/deputy/co-signers")
    String searchCoSigners(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q, Model model) {
        List<DeputyEntry> found = q == null || q.isBlank()
                ? List.of()
                : directory.deputies(q.strip(), new PageRequest(0, DEPUTIES_FOUND + 1)).items().stream()
                        .filter(d -> user.deputyId() == null || d.id() != user.deputyId())
                        .limit(DEPUTIES_FOUND)
                        .toList();
        model.addAttribute("found", found);
        model.addAttribute("q", q);
        return "suggestion/co-signers :: results";
    }

    /** One chosen co-signer as the form's hidden input; nothing when already chosen. */
    @GetMapping("/deputy/co-signers/{deputyId}")
    String chooseCoSigner(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long deputyId,
            @RequestParam(required = false) List<Long> coSignerIds,
            Model model) {
        boolean chosen = coSignerIds != null && coSignerIds.contains(deputyId);
        boolean self = user.deputyId() != null && user.deputyId() == deputyId;
        model.addAttribute("chosen", chosen || self ? List.of() : List.of(directory.deputy(deputyId)));
        return "suggestion/co-signers :: chosen";
    }

    private String showForm(Model model, List<Long> coSignerIds) {
        model.addAttribute("periods", Period.values());
        model.addAttribute("chosen", chosenDeputies(coSignerIds));
        return "suggestion/new";
    }

    private String showRevisionForm(Model model, Suggestion suggestion) {
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("periods", Period.values());
        return "suggestion/revise";
    }

    private List<DeputyEntry> chosenDeputies(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<Long> existing = directory.existingDeputyIds(
                ids.stream().filter(id -> id != null).distinct().toList());
        return ids.stream()
                .filter(existing::contains)
                .distinct()
                .map(directory::deputy)
                .toList();
    }
}
