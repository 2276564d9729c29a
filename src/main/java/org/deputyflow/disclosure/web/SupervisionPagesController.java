package org.deputyflow.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.InstructingDepartments;
import org.deputyflow.disclosure.RecordingSupervision;
import org.deputyflow.disclosure.SupervisionQueries;
import org.deputyflow.disclosure.domain.SupervisionKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.suggestion.HandlingClocks;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision pages: the council member's list of the key suggestions they supervise, each
 * department's clock on it; a key suggestion's supervision page (instructions and their
 * acknowledgements, visits and meetings, the progress sentence), with the forms of the leader and
 * staff; and a department's instructions to acknowledge.
 */
@PageController
class SupervisionPagesController {

    private static final int PAGE_SIZE = 20;

    private final SupervisionQueries queries;
    private final InstructingDepartments instructions;
    private final RecordingSupervision recording;
    private final CalendarService calendar;
    private final PageMessages messages;
    private final HandlingClocks clocks;

    SupervisionPagesController(
            SupervisionQueries queries,
            InstructingDepartments instructions,
            RecordingSupervision recording,
            CalendarService calendar,
            PageMessages messages,
            HandlingClocks clocks) {
        this.queries = queries;
        this.instructions = instructions;
        this.recording = recording;
        this.calendar = calendar;
        this.messages = messages;
        this.clocks = clocks;
    }

    @GetMapping("/council/supervision")
    @PreAuthorize("hasRole('COUNCIL')")
    String supervised(
            @RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("followed", queries.supervisedBy(user, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("today", calendar.today());
        model.addAttribute("soonDays", clocks.dueSoonDays());
        return "council/supervision";
    }

    @GetMapping("/suggestions/{id}/supervision")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL','ADMIN')")
    String page(@PathVariable long id, Model model) {
        return page(
                id,
                model,
                new InstructionForm(null),
                new ActivityForm(null, null, null, null, null),
                new ProgressForm(null));
    }

    @PostMapping("/suggestions/{id}/supervision/instructions")
    @PreAuthorize("hasRole('COUNCIL')")
    String instruct(
            @PathVariable long id,
            @Valid @ModelAttribute("instruction") InstructionForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Supplier<String> instruct = () -> {
            instructions.instruct(id, form.content().strip(), user);
            redirect.addFlashAttribute("flash", messages.get("supervision.instructed"));
            return "redirect:/suggestions/" + id + "/supervision";
        };
        return FormPosts.save(
                ConflictException.class,
                errors,
                Set.of(),
                "content",
                response,
                instruct,
                () -> page(id, model, form, new ActivityForm(null, null, null, null, null), new ProgressForm(null)));
    }

    @PostMapping("/suggestions/{id}/supervision/activities")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    String recordActivity(
            @PathVariable long id,
            @Valid @ModelAttribute("activity") ActivityForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                recording.recordActivity(
                        id,
                        form.kind(),
                        form.heldOn(),
                        form.place() == null || form.place().isBlank()
                                ? null
                                : form.place().strip(),
                        form.participants().strip(),
                        form.summary().strip(),
                        user);
                redirect.addFlashAttribute("flash", messages.get("supervision.activityRecorded"));
                return "redirect:/suggestions/" + id + "/supervision";
            } catch (BadRequestException e) {
                errors.rejectValue(e.field(), e.code(), e.getArguments(), null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(id, model, new InstructionForm(null), form, new ProgressForm(null));
    }

    @PostMapping("/suggestions/{id}/supervision/progress")
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
    String draftProgress(
            @PathVariable long id,
            @Valid @ModelAttribute("progress") ProgressForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Supplier<String> draft = () -> {
            recording.draftProgress(id, form.text().strip(), user);
            redirect.addFlashAttribute("flash", messages.get("supervision.progressDrafted"));
            return "redirect:/suggestions/" + id + "/supervision";
        };
        return FormPosts.save(
                ConflictException.class,
                errors,
                Set.of(),
                "text",
                response,
                draft,
                () -> page(id, model, new InstructionForm(null), new ActivityForm(null, null, null, null, null), form));
    }

    @PostMapping("/suggestions/{id}/supervision/progress/approval")
    @PreAuthorize("hasRole('STAFF')")
    String approveProgress(
            @PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            recording.approveProgress(id, user);
            redirect.addFlashAttribute("flash", messages.get("supervision.progressApproved"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/suggestions/" + id + "/supervision";
    }

    @GetMapping("/department/instructions")
    @PreAuthorize("hasAnyRole('DEPT_HANDLER','DEPT_LEADER')")
    String instructions(
            @RequestParam(required = false) Integer page, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("instructions", queries.toDepartment(user, false, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("today", calendar.today());
        return "department/instructions";
    }

    @PostMapping("/department/instructions/acknowledgement")
    @PreAuthorize("hasAnyRole('DEPT_HANDLER','DEPT_LEADER')")
    String acknowledge(
            @Valid @ModelAttribute AcknowledgementForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", messages.get("supervision.error.acknowledgement"));
            return "redirect:/department/instructions";
        }
        try {
            instructions.acknowledge(
                    form.suggestionId(),
                    form.recipientId(),
                    form.reply() == null || form.reply().isBlank()
                            ? null
                            : form.reply().strip(),
                    user);
            redirect.addFlashAttribute("flash", messages.get("supervision.acknowledged"));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/department/instructions";
    }

    private String page(
            long id, Model model, InstructionForm instruction, ActivityForm activity, ProgressForm progress) {
        model.addAttribute("supervision", queries.supervision(id));
        model.addAttribute("today", calendar.today());
        model.addAttribute("soonDays", clocks.dueSoonDays());
        model.addAttribute("kinds", SupervisionKind.values());
        model.addAttribute("instruction", instruction);
        model.addAttribute("activity", activity);
        model.addAttribute("progress", progress);
        return "disclosure/supervision";
    }

    public record InstructionForm(
            @NotBlank(message = "{supervision.error.contentRequired}") @Size(max = 2000)
            String content) {}

    public record ActivityForm(
            @NotNull(message = "{supervision.error.kindRequired}")
            SupervisionKind kind,

            @NotNull(message = "{supervision.error.heldOnRequired}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate heldOn,

            @Size(max = 200) String place,

            @NotBlank(message = "{supervision.error.participantsRequired}") @Size(max = 1000)
            String participants,

            @NotBlank(message = "{supervision.error.summaryRequired}") @Size(max = 4000)
            String summary) {}

    public record ProgressForm(
            @NotBlank(message = "{supervision.error.progressRequired}") @Size(max = 300)
            String text) {}

    public record AcknowledgementForm(
            @NotNull Long suggestionId,
            @NotNull Long recipientId,
            @Size(max = 2000) String reply) {}
}
