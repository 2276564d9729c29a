package org.deputyflow.motion.web;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.DecidingMotions;
import org.deputyflow.motion.SubmittingMotions;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps a motion's page offers (answering an invitation, the form check, the decisions, the
 * reports, the meeting and the conversion), each posted from its panel and answered on the motion's
 * page. The services ask the motion's policy, so a step the page did not offer is refused as there.
 */
@PageController
class MotionStepPagesController {

    private final SubmittingMotions submitting;
    private final DecidingMotions deciding;
    private final PageMessages messages;

    MotionStepPagesController(SubmittingMotions submitting, DecidingMotions deciding, PageMessages messages) {
        this.submitting = submitting;
        this.deciding = deciding;
        this.messages = messages;
    }

    @PostMapping("/motions/{id}/co-signature")
    @PreAuthorize("hasRole('DEPUTY')")
    String coSign(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam boolean accept,
            RedirectAttributes redirect) {
        return done(
                id,
                redirect,
                () -> submitting.answerCoSignature(user, id, accept),
                accept ? "motion.flash.coSigned" : "motion.flash.declined");
    }

    @PostMapping("/motions/{id}/review")
    @PreAuthorize("hasRole('STAFF')")
    String review(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam boolean accept,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return done(
                id,
                redirect,
                () -> deciding.review(user, id, accept, comment),
                accept ? "motion.flash.formAccepted" : "motion.flash.formReturned");
    }

    @PostMapping("/motions/{id}/decision")
    @PreAuthorize("hasRole('COUNCIL')")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) Long meetingId,
            RedirectAttributes redirect) {
        DecisionOutcome decision = FormText.enumOf(DecisionOutcome.class, outcome);
        return done(
                id,
                redirect,
                () -> deciding.decide(user, id, decision, committee, comment, meetingId),
                "motion.flash.decided");
    }

    @PostMapping("/motions/{id}/committee-report")
    @PreAuthorize("hasRole('STAFF')")
    String report(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String report,
            @RequestParam(required = false) String recommendation,
            RedirectAttributes redirect) {
        AgendaDecision recommended = FormText.enumOf(AgendaDecision.class, recommendation);
        return done(id, redirect, () -> deciding.recordReport(user, id, report, recommended), "motion.flash.reported");
    }

    @PostMapping("/motions/{id}/second-decision")
    @PreAuthorize("hasRole('COUNCIL')")
    String decideAfterReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) Long meetingId,
            RedirectAttributes redirect) {
        AgendaDecision chosen = FormText.enumOf(AgendaDecision.class, decision);
        return done(
                id,
                redirect,
                () -> deciding.decideAfterReport(user, id, chosen, comment, meetingId),
                "motion.flash.secondDecided");
    }

    @PostMapping("/motions/{id}/meeting-outcome")
    @PreAuthorize("hasRole('STAFF')")
    String recordMeeting(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String meetingDate,
            @RequestParam(required = false) String meetingNumber,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) Long meetingId,
            RedirectAttributes redirect) {
        MeetingOutcome result = FormText.enumOf(MeetingOutcome.class, outcome);
        return done(
                id,
                redirect,
                () -> deciding.recordMeeting(
                        user, id, MotionParams.parseDate(meetingDate), meetingNumber, result, comment, meetingId),
                "motion.flash.meetingRecorded");
    }

    @PostMapping("/motions/{id}/implementation-report")
    @PreAuthorize("hasRole('STAFF')")
    String reportImplementation(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String report,
            RedirectAttributes redirect) {
        return done(
                id,
                redirect,
                () -> deciding.reportImplementation(user, id, report),
                "motion.flash.implementationReported");
    }

    @PostMapping("/motions/{id}/conversion")
    @PreAuthorize("hasAnyRole('STAFF', 'COUNCIL')")
    String convert(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            DecidingMotions.Conversion conversion = deciding.convert(user, id);
            redirect.addFlashAttribute("flash", messages.get("motion.flash.converted", conversion.suggestionNumber()));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/motions/" + id;
    }

    /** Post/Redirect/Get: the outcome as a flash on the motion's page; bad input as an error flash there. */
    private String done(long id, RedirectAttributes redirect, Step step, String flashKey) {
        try {
            SubmittingMotions.State state = step.run();
            redirect.addFlashAttribute(
                    "flash",
                    messages.get(
                            flashKey,
                            state.number(),
                            messages.get("motion.status." + state.status().name())));
        } catch (BadRequestException e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/motions/" + id;
    }

    @FunctionalInterface
    private interface Step {
        SubmittingMotions.State run();
    }
}
