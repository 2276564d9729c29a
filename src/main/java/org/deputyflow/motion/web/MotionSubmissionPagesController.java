package org.deputyflow.motion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.motion.SubmittingMotions;
import org.deputyflow.motion.domain.MotionDraft;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.suggestion.domain.Period;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A deputy's new motion: the submission form with a co-signer picker that works without JavaScript. */
@PageController
class MotionSubmissionPagesController {

    private static final Set<String> FORM_FIELDS =
            Set.of("title", "reason", "basis", "proposal", "period", "coSignerIds");

    private final SubmittingMotions submitting;
    private final DirectoryService directory;
    private final PageMessages messages;

    MotionSubmissionPagesController(SubmittingMotions submitting, DirectoryService directory, PageMessages messages) {
        this.submitting = submitting;
        this.directory = directory;
        this.messages = messages;
    }

    /** What the submission form posts; the picker's buttons re-show it with a co-signer more. */
    public record MotionForm(
            String title,
            String reason,
            String basis,
            String proposal,
            Period period,
            List<Long> coSignerIds,
            String deputyQuery) {

        public MotionForm {
            // an empty checkbox value binds as null; the form shows what it can and the service names the rest
            coSignerIds = coSignerIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(coSignerIds));
        }

        static MotionForm empty() {
            return new MotionForm(null, null, null, null, Period.SESSION, List.of(), null);
        }

        MotionForm withCoSigner(Long deputyId) {
            if (coSignerIds.contains(deputyId)) {
                return this;
            }
            List<Long> ids = new ArrayList<>(coSignerIds);
            ids.add(deputyId);
            return new MotionForm(title, reason, basis, proposal, period, ids, deputyQuery);
        }

        MotionDraft draft() {
            return new MotionDraft(title, reason, basis, proposal, period);
        }
    }

    @InitBinder("motionForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/motions/new")
    @PreAuthorize("hasRole('DEPUTY')")
    String initSubmit(Model model) {
        return form(model, MotionForm.empty(), null);
    }

    /**
     * One form, three buttons: search deputies, add one as co-signer (both re-show the form with
     * what was typed), or submit.
     */
    @PostMapping("/motions/new")
    @PreAuthorize("hasRole('DEPUTY')")
    String processSubmit(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("motionForm") MotionForm form,
            BindingResult result,
            @RequestParam(required = false) String findDeputy,
            @RequestParam(required = false) Long addCoSigner,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (addCoSigner != null) {
            return form(model, form.withCoSigner(addCoSigner), null);
        }
        if (findDeputy != null) {
            String query = form.deputyQuery() == null ? "" : form.deputyQuery().strip();
            return form(
                    model,
                    form,
                    query.isEmpty()
                            ? null
                            : directory.deputies(query, PageRequest.of(0, 10)).items());
        }
        if (!result.hasErrors()) {
            try {
                SubmittingMotions.State submitted = submitting.submit(user, form.draft(), form.coSignerIds());
                redirect.addFlashAttribute("flash", messages.get("motion.flash.submitted", submitted.number()));
                return "redirect:/motions/" + submitted.id();
            } catch (BadRequestException e) {
                FormPosts.reject(result, e, FORM_FIELDS, null);
            } catch (ConflictException e) {
                // the recess is closed to motions: the deputy keeps what they wrote and reads why
                result.reject(e.code(), e.getArguments(), null);
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(model, form, null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(model, form, null);
    }

    private String form(Model model, MotionForm form, List<DeputyEntry> matches) {
        Map<Long, DeputyEntry> chosen = new LinkedHashMap<>();
        for (Long id : form.coSignerIds()) {
            if (id != null && !chosen.containsKey(id)) {
                try {
                    chosen.put(id, directory.deputy(id));
                } catch (NotFoundException e) {
                    // an unknown id stays in the form; submitting it is refused next to the field
                }
            }
        }
        model.addAttribute("motionForm", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("deputyMatches", matches);
        model.addAttribute("periods", Period.values());
        return "motion/form";
    }
}
