package org.deputyflow.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.meeting.ManagingMeetings;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormPosts;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
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
 * The staff's meetings page (a list filtered by kind and year, a form to add one, a form to correct
 * one no decision refers to yet) and the council's page of decisions by meeting.
 */
@PageController
class MeetingPagesController {

    private static final Set<String> FIELDS = Set.of("kind", "number", "heldOn", "title");

    private final ManagingMeetings managing;
    private final PageMessages messages;

    MeetingPagesController(ManagingMeetings managing, PageMessages messages) {
        this.managing = managing;
        this.messages = messages;
    }

    @InitBinder("meetingForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/staff/meetings")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String list(
            @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            Model model) {
        return listPage(kind, year, page, MeetingForm.empty(), model);
    }

    @PostMapping("/staff/meetings")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                Meeting meeting = managing.create(user, form.draft());
                redirect.addFlashAttribute("flash", messages.get("meeting.flash.created", meeting.number()));
                return "redirect:/staff/meetings";
            } catch (BadRequestException e) {
                FormPosts.reject(result, e, FIELDS, null);
            } catch (ConflictException e) {
                // a number taken by another meeting of the kind
                FormPosts.reject(result, e, Set.of(), "number");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return listPage(null, null, null, form, model);
    }

    @GetMapping("/staff/meetings/{id}")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String initEdit(@PathVariable long id, Model model) {
        Meeting meeting = managing.get(id);
        return editPage(meeting, MeetingForm.of(meeting), model);
    }

    @PostMapping("/staff/meetings/{id}")
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Meeting meeting = managing.get(id);
        form.check(result);
        Supplier<String> update = () -> {
            Meeting updated = managing.update(user, id, form.draft());
            redirect.addFlashAttribute("flash", messages.get("meeting.flash.updated", updated.number()));
            return "redirect:/staff/meetings";
        };
        return FormPosts.save(result, FIELDS, null, response, update, () -> editPage(meeting, form, model));
    }

    @GetMapping("/council/meetings")
    @PreAuthorize("hasAnyRole('COUNCIL', 'STAFF', 'ADMIN')")
    String decisions(
            @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("meetings", managing.withDecisions(kind, year, PageRequest.of(page, 10)));
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("kinds", MeetingKind.values());
        return "meeting/decisions";
    }

    private String listPage(MeetingKind kind, Integer year, Integer page, MeetingForm form, Model model) {
        model.addAttribute("meetings", managing.list(kind, year, PageRequest.of(page, null)));
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("meetingForm", form);
        return "meeting/list";
    }

    private String editPage(Meeting meeting, MeetingForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("meetingForm", form);
        return "meeting/edit";
    }

    /**
     * A meeting as the forms post it, bound by its constructor. The kind and the date are text, so that a value
     * of the wrong kind is an error next to its field, not a form that could not be built.
     */
    public record MeetingForm(String kind, String number, String heldOn, String title) {

        /** A new meeting is most often the chairpersons' council's. */
        static MeetingForm empty() {
            return new MeetingForm(MeetingKind.CHAIRPERSONS_COUNCIL.name(), null, null, null);
        }

        static MeetingForm of(Meeting meeting) {
            return new MeetingForm(
                    meeting.kind().name(),
                    meeting.number(),
                    meeting.heldOn() == null ? null : meeting.heldOn().toString(),
                    meeting.title());
        }

        /** What is there but is no kind or no date is an error beside it; what is missing the service refuses. */
        void check(BindingResult result) {
            if (FormText.unreadable(kind, parsedKind())) {
                result.rejectValue("kind", "typeMismatch");
            }
            if (FormText.unreadable(heldOn, parsedDate())) {
                result.rejectValue("heldOn", "typeMismatch");
            }
        }

        ManagingMeetings.MeetingDraft draft() {
            return new ManagingMeetings.MeetingDraft(parsedKind(), number, parsedDate(), title);
        }

        private MeetingKind parsedKind() {
            return FormText.enumOf(MeetingKind.class, kind);
        }

        private LocalDate parsedDate() {
            return FormText.date(heldOn);
        }
    }
}
