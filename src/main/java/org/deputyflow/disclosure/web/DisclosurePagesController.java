package org.deputyflow.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.Disclosures;
import org.deputyflow.disclosure.PublicationRules;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quarterly disclosure for staff and the council: staff start one for a quarter that is over and
 * review it, the council approves it (it is published at once) or sends it back with a reason.
 */
@PageController
@PreAuthorize("hasAnyRole('STAFF','COUNCIL')")
class DisclosurePagesController {

    private static final int PAGE_SIZE = 20;

    /** How many of the council's latest meetings the decision forms offer. */
    static final int MEETINGS_OFFERED = 12;

    private final Disclosures disclosures;
    private final PageMessages messages;
    private final PublicationRules publication;
    private final Meetings meetings;

    DisclosurePagesController(
            Disclosures disclosures, PageMessages messages, PublicationRules publication, Meetings meetings) {
        this.meetings = meetings;
        this.publication = publication;
        this.disclosures = disclosures;
        this.messages = messages;
    }

    @GetMapping("/disclosures")
    String list(
            @RequestParam(required = false) DisclosureState state,
            @RequestParam(required = false) Integer page,
            Model model) {
        if (!model.containsAttribute("start")) {
            model.addAttribute("start", new StartForm());
        }
        model.addAttribute("state", state);
        model.addAttribute("states", DisclosureState.values());
        model.addAttribute("disclosures", disclosures.list(state, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("publicationDays", publication.workingDays());
        return "disclosure/list";
    }

    @PostMapping("/disclosures")
    @PreAuthorize("hasRole('STAFF')")
    String start(
            @Valid @ModelAttribute("start") StartForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                long id = disclosures.start(Quarter.asked(form.getYear(), form.getQuarter()));
                redirect.addFlashAttribute("flash", messages.get("disclosurePage.started"));
                return "redirect:/disclosures/" + id;
            } catch (BadRequestException e) {
                errors.rejectValue(e.field() == null ? "year" : e.field(), e.code(), e.getArguments(), null);
            } catch (ConflictException e) {
                redirect.addFlashAttribute("flashError", messages.get(e));
                return "redirect:/disclosures";
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return list(null, null, model);
    }

    @GetMapping("/disclosures/{id}")
    String detail(@PathVariable long id, Model model) {
        if (!model.containsAttribute("review")) {
            var current = disclosures.snapshot(id).disclosure();
            ReviewForm review = new ReviewForm();
            review.setCommentary(current.commentary());
            model.addAttribute("review", review);
        }
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm());
        }
        if (!model.containsAttribute("approval")) {
            model.addAttribute("approval", new DecisionForm());
        }
        var snapshot = disclosures.snapshot(id);
        if (snapshot.disclosure().decidedMeetingId() != null) {
            model.addAttribute(
                    "decidedMeeting",
                    meetings.find(snapshot.disclosure().decidedMeetingId()).orElse(null));
        }
        if (snapshot.disclosure().state() == DisclosureState.AWAITING_APPROVAL) {
            // the council decides at one of its meetings: the latest ones held
            model.addAttribute("councilMeetings", meetings.recent(MEETINGS_OFFERED, MeetingKind.CHAIRPERSONS_COUNCIL));
        }
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("d", snapshot.disclosure());
        return "disclosure/detail";
    }

    @PostMapping("/disclosures/{id}/review")
    @PreAuthorize("hasRole('STAFF')")
    String review(
            @PathVariable long id,
            @Valid @ModelAttribute("review") ReviewForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return detail(id, model);
        }
        String commentary = form.getCommentary() == null || form.getCommentary().isBlank()
                ? null
                : form.getCommentary().strip();
        disclosures.review(id, commentary, user);
        redirect.addFlashAttribute("flash", messages.get("disclosurePage.reviewed"));
        return "redirect:/disclosures/" + id;
    }

    @PostMapping("/disclosures/{id}/approve")
    @PreAuthorize("hasRole('COUNCIL')")
    String approve(
            @PathVariable long id,
            @ModelAttribute("approval") DecisionForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            disclosures.decide(id, true, null, form.getMeetingId(), user);
            redirect.addFlashAttribute("flash", messages.get("disclosurePage.approved"));
            return "redirect:/disclosures/" + id;
        } catch (BadRequestException e) {
            errors.rejectValue("meetingId", e.code(), e.getArguments(), null);
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return detail(id, model);
    }

    @PostMapping("/disclosures/{id}/send-back")
    @PreAuthorize("hasRole('COUNCIL')")
    String sendBack(
            @PathVariable long id,
            @Valid @ModelAttribute("decision") DecisionForm form,
            BindingResult errors,
            @AuthenticationPrincipal CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                disclosures.decide(id, false, form.getComment(), form.getMeetingId(), user);
                redirect.addFlashAttribute("flash", messages.get("disclosurePage.sentBack"));
                return "redirect:/disclosures/" + id;
            } catch (BadRequestException e) {
                errors.rejectValue(
                        "meetingId".equals(e.field()) ? "meetingId" : "comment", e.code(), e.getArguments(), null);
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return detail(id, model);
    }

    /** A correction of a published version: a new snapshot that names the version it replaces. */
    @PostMapping("/disclosures/{id}/correction")
    @PreAuthorize("hasRole('STAFF')")
    String correct(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            long created = disclosures.correct(id, user);
            redirect.addFlashAttribute("flash", messages.get("disclosurePage.corrected"));
            return "redirect:/disclosures/" + created;
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
            return "redirect:/disclosures/" + id;
        }
    }

    public static class StartForm {

        @NotNull(message = "{disclosurePage.error.yearRequired}")
        @Min(value = 2000, message = "{disclosurePage.error.yearRange}")
        @Max(value = 2999, message = "{disclosurePage.error.yearRange}")
        private Integer year;

        @NotNull(message = "{disclosurePage.error.quarterRequired}")
        @Min(value = 1, message = "{disclosurePage.error.quarterRange}")
        @Max(value = 4, message = "{disclosurePage.error.quarterRange}")
        private Integer quarter;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public Integer getQuarter() {
            return quarter;
        }

        public void setQuarter(Integer quarter) {
            this.quarter = quarter;
        }
    }

    public static class ReviewForm {

        @Size(max = 20000, message = "{disclosurePage.error.commentaryTooLong}")
        private String commentary;

        public String getCommentary() {
            return commentary;
        }

        public void setCommentary(String commentary) {
            this.commentary = commentary;
        }
    }

    public static class DecisionForm {

        @Size(max = 2000, message = "{disclosurePage.error.commentTooLong}")
        private String comment;

        private Long meetingId;

        public Long getMeetingId() {
            return meetingId;
        }

        public void setMeetingId(Long meetingId) {
            this.meetingId = meetingId;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }
}
