package org.deputyflow.disclosure.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.Disclosures;
import org.deputyflow.disclosure.PublicationRules;
import org.deputyflow.disclosure.domain.DisclosureAction;
import org.deputyflow.disclosure.domain.DisclosureState;
import org.deputyflow.disclosure.domain.Quarter;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormPosts;
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
            model.addAttribute("start", StartForm.empty());
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
                long id = disclosures.start(Quarter.asked(form.year(), form.quarter()));
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
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        String commentary = disclosures.snapshot(id).disclosure().commentary();
        return detail(id, user, model, new ReviewForm(commentary), DecisionForm.empty(), DecisionForm.empty());
    }

    /** The page with the forms as they were posted, so a refused one comes back with its errors. */
    private String detail(
            long id, CurrentUser user, Model model, ReviewForm review, DecisionForm decision, DecisionForm approval) {
        var snapshot = disclosures.snapshot(id);
        Set<DisclosureAction> allowed = disclosures.permissions(id, user).allowed();
        model.addAttribute("review", review == null ? new ReviewForm(null) : review);
        model.addAttribute("decision", decision == null ? DecisionForm.empty() : decision);
        model.addAttribute("approval", approval == null ? DecisionForm.empty() : approval);
        if (snapshot.disclosure().decidedMeetingId() != null) {
            model.addAttribute(
                    "decidedMeeting",
                    meetings.find(snapshot.disclosure().decidedMeetingId()).orElse(null));
        }
        if (allowed.contains(DisclosureAction.APPROVE) || allowed.contains(DisclosureAction.SEND_BACK)) {
            // the council decides at one of its meetings: the latest ones held
            model.addAttribute("councilMeetings", meetings.recent(MEETINGS_OFFERED, MeetingKind.CHAIRPERSONS_COUNCIL));
        }
        model.addAttribute("allowed", allowed.stream().map(Enum::name).toList());
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
            return detail(id, user, model, form, DecisionForm.empty(), DecisionForm.empty());
        }
        String commentary = form.commentary() == null || form.commentary().isBlank()
                ? null
                : form.commentary().strip();
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
        Supplier<String> approve = () -> {
            disclosures.decide(id, true, null, form.meetingId(), user);
            redirect.addFlashAttribute("flash", messages.get("disclosurePage.approved"));
            return "redirect:/disclosures/" + id;
        };
        return FormPosts.save(
                errors,
                Set.of(),
                "meetingId",
                response,
                approve,
                () -> detail(id, user, model, reviewOf(id), DecisionForm.empty(), form));
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
        Supplier<String> sendBack = () -> {
            disclosures.decide(id, false, form.comment(), form.meetingId(), user);
            redirect.addFlashAttribute("flash", messages.get("disclosurePage.sentBack"));
            return "redirect:/disclosures/" + id;
        };
        return FormPosts.save(
                errors,
                Set.of("meetingId"),
                "comment",
                response,
                sendBack,
                () -> detail(id, user, model, reviewOf(id), form, DecisionForm.empty()));
    }

    private ReviewForm reviewOf(long id) {
        return new ReviewForm(disclosures.snapshot(id).disclosure().commentary());
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

    public record StartForm(
            @NotNull(message = "{disclosurePage.error.yearRequired}")
            @Min(value = 2000, message = "{disclosurePage.error.yearRange}")
            @Max(value = 2999, message = "{disclosurePage.error.yearRange}")
            Integer year,

            @NotNull(message = "{disclosurePage.error.quarterRequired}")
            @Min(value = 1, message = "{disclosurePage.error.quarterRange}")
            @Max(value = 4, message = "{disclosurePage.error.quarterRange}")
            Integer quarter) {

        static StartForm empty() {
            return new StartForm(null, null);
        }
    }

    public record ReviewForm(
            @Size(max = 20000, message = "{disclosurePage.error.commentaryTooLong}")
            String commentary) {}

    public record DecisionForm(
            @Size(max = 2000, message = "{disclosurePage.error.commentTooLong}")
            String comment,

            Long meetingId) {

        static DecisionForm empty() {
            return new DecisionForm(null, null);
        }
    }
}
