package org.deputyflow.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.disclosure.KeySuggestions;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The council's panel on a suggestion's page: designate it as a key suggestion with a supervising
 * leader, or see who supervises it. The suggestion page loads the panel as a fragment.
 */
@PageController
@PreAuthorize("hasRole('COUNCIL')")
class KeySuggestionPanelController {

    private static final int RECENT_MEETINGS = 20;

    private final KeySuggestions keySuggestions;
    private final DirectoryService directory;
    private final PageMessages messages;

    private final Meetings meetings;

    KeySuggestionPanelController(
            KeySuggestions keySuggestions, DirectoryService directory, PageMessages messages, Meetings meetings) {
        this.meetings = meetings;
        this.keySuggestions = keySuggestions;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/suggestions/{id}/panels/council")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("designation", DesignationForm.empty());
        return panel(id, model, "council/key-panel");
    }

    @PostMapping("/suggestions/{id}/key")
    String designate(
            @PathVariable long id,
            @Valid @ModelAttribute("designation") DesignationForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                keySuggestions.designate(
                        id,
                        form.supervisingLeader().strip(),
                        form.note() == null || form.note().isBlank()
                                ? null
                                : form.note().strip(),
                        user,
                        form.meetingId());
                redirect.addFlashAttribute("flash", messages.get("council.designated"));
                return "redirect:/suggestions/" + id;
            } catch (BadRequestException e) {
                errors.rejectValue(
                        e.field() == null ? "supervisingLeader" : e.field(), e.code(), e.getArguments(), null);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("flashError", messages.get(e));
                return "redirect:/suggestions/" + id;
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return panel(id, model, "council/designate");
    }

    private String panel(long id, Model model, String view) {
        model.addAttribute("suggestionId", id);
        model.addAttribute("standing", keySuggestions.standing(id));
        model.addAttribute("leaders", councilMembers());
        model.addAttribute("councilMeetings", meetings.recent(RECENT_MEETINGS, MeetingKind.CHAIRPERSONS_COUNCIL));
        return view;
    }

    /** Logins of the council with their names, for the picker. */
    private Map<String, String> councilMembers() {
        Map<String, String> leaders = new LinkedHashMap<>();
        for (String login : directory.loginsWithRole(Role.COUNCIL)) {
            directory.account(login).ifPresent(account -> leaders.put(login, account.displayName()));
        }
        return leaders;
    }

    public record DesignationForm(
            @NotBlank(message = "{council.error.leaderRequired}") @Size(max = 64)
            String supervisingLeader,

            @Size(max = 2000, message = "{council.error.noteTooLong}")
            String note,

            Long meetingId) {

        static DesignationForm empty() {
            return new DesignationForm(null, null, null);
        }
    }
}
