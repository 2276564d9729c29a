package org.deputyflow.motion.web;

import java.util.Set;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.motion.MotionDossier;
import org.deputyflow.motion.MotionQueries;
import org.deputyflow.motion.MotionReports;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionSigner;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.FormText;
import org.deputyflow.shared.web.PageController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The motion pages that read: the list scoped like the API, and a motion's page with the steps the
 * motion's policy allows the caller now (the same {@code allowedActions} as {@code GET /api/motions/{id}}).
 * A motion outside the caller's scope is "not found".
 */
@PageController
class MotionPagesController {

    private static final int RECENT_MEETINGS = 20;

    private final MotionQueries queries;
    private final CalendarService calendar;
    private final MotionReports reports;
    private final Meetings meetings;

    MotionPagesController(MotionQueries queries, CalendarService calendar, MotionReports reports, Meetings meetings) {
        this.queries = queries;
        this.calendar = calendar;
        this.reports = reports;
        this.meetings = meetings;
    }

    @GetMapping("/motions")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        MotionStatus statusFilter = FormText.enumOf(MotionStatus.class, status);
        model.addAttribute("motions", queries.list(user, statusFilter, q, PageRequest.of(page, null)));
        if (user.hasAnyRole(Role.DEPUTY, Role.STAFF, Role.COUNCIL)) {
            model.addAttribute(
                    "tasks", queries.tasks(user, PageRequest.of(0, 50)).items());
        }
        model.addAttribute("status", statusFilter);
        model.addAttribute("q", q);
        model.addAttribute("statuses", MotionStatus.values());
        model.addAttribute("zone", calendar.zone());
        model.addAttribute("canSubmit", user.hasRole(Role.DEPUTY) && user.deputyId() != null);
        if (user.hasAnyRole(Role.STAFF, Role.COUNCIL)) {
            model.addAttribute("statistics", reports.statistics(null, null));
        }
        return "motion/list";
    }

    @GetMapping("/motions/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MotionDossier dossier = queries.dossier(user, id);
        Set<String> allowed = Set.copyOf(dossier.allowedActions());
        model.addAttribute("dossier", dossier);
        model.addAttribute("motion", dossier.motion());
        model.addAttribute(
                "lead",
                dossier.signers().stream()
                        .filter(MotionSigner::lead)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("zone", calendar.zone());
        model.addAttribute("allowed", allowed);
        // the files have their own panel; the actions panel shows when any other step is allowed
        model.addAttribute("panel", allowed.stream().anyMatch(a -> !a.equals(MotionAction.CHANGE_FILES.name())));
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("agendaDecisions", AgendaDecision.values());
        model.addAttribute("meetingOutcomes", MeetingOutcome.values());
        model.addAttribute("deliberation", dossier.deliberation());
        model.addAttribute("today", calendar.today());
        if (allowed.contains(MotionAction.DECIDE.name()) || allowed.contains(MotionAction.DECIDE_AFTER_REPORT.name())) {
            model.addAttribute(
                    "decisionMeetings",
                    meetings.recent(RECENT_MEETINGS, MeetingKind.CHAIRPERSONS_COUNCIL, MeetingKind.PEOPLES_CONGRESS));
        }
        if (allowed.contains(MotionAction.RECORD_MEETING.name())) {
            model.addAttribute("committeeMeetings", meetings.recent(RECENT_MEETINGS, MeetingKind.STANDING_COMMITTEE));
        }
        return "motion/detail";
    }
}
