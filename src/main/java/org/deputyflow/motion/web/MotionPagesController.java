package org.deputyflow.motion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.motion.DecidingMotions;
import org.deputyflow.motion.MotionDossier;
import org.deputyflow.motion.MotionQueries;
import org.deputyflow.motion.MotionReports;
import org.deputyflow.motion.SubmittingMotions;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.MotionDraft;
import org.deputyflow.motion.domain.MotionSigner;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.web.PageController;
import org.deputyflow.shared.web.PageMessages;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.SignerAnswer;
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
 * The motion pages over the same services as {@code /api/motions}: the list scoped like the API,
 * the submission form with a co-signer picker, and a motion's page with the actions the caller
 * may take on it. A motion outside the caller's scope is "not found".
 */
@PageController
class MotionPagesController {

    private static final Set<String> FORM_FIELDS =
            Set.of("title", "reason", "basis", "proposal", "period", "coSignerIds");
    private static final int RECENT_MEETINGS = 20;

    private final SubmittingMotions submitting;
    private final DecidingMotions deciding;
    private final MotionQueries queries;
    private final DirectoryService directory;
    private final CalendarService calendar;
    private final PageMessages messages;
    private final MotionReports reports;
    private final Meetings meetings;

    MotionPagesController(
            SubmittingMotions submitting,
            DecidingMotions deciding,
            MotionQueries queries,
            DirectoryService directory,
            CalendarService calendar,
            PageMessages messages,
            MotionReports reports,
            Meetings meetings) {
        this.meetings = meetings;
        this.submitting = submitting;
        this.deciding = deciding;
        this.queries = queries;
        this.reports = reports;
        this.directory = directory;
        this.calendar = calendar;
        this.messages = messages;
    }

    @InitBinder("motionForm")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/motions")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        MotionStatus statusFilter = parseStatus(status);
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

    @GetMapping("/motions/new")
    @PreAuthorize("hasRole('DEPUTY')")
    String initSubmit(Model model) {
        MotionForm form = new MotionForm();
        form.setPeriod(Period.SESSION);
        return form(model, form, null);
    }

    /**
     * One form, three buttons: search deputies, add one as co-signer (both re-show the form with
     * what was typed), or submit. So the picker works without JavaScript.
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
        if (form.getCoSignerIds() == null) {
            form.setCoSignerIds(new ArrayList<>());
        }
        if (addCoSigner != null) {
            if (!form.getCoSignerIds().contains(addCoSigner)) {
                form.getCoSignerIds().add(addCoSigner);
            }
            return form(model, form, null);
        }
        if (findDeputy != null) {
            String query =
                    form.getDeputyQuery() == null ? "" : form.getDeputyQuery().strip();
            return form(
                    model,
                    form,
                    query.isEmpty()
                            ? null
                            : directory.deputies(query, PageRequest.of(0, 10)).items());
        }
        if (!result.hasErrors()) {
            try {
                MotionDraft draft = new MotionDraft(
                        form.getTitle(), form.getReason(), form.getBasis(), form.getProposal(), form.getPeriod());
                SubmittingMotions.State submitted = submitting.submit(user, draft, form.getCoSignerIds());
                redirect.addFlashAttribute("flash", messages.get("motion.flash.submitted", submitted.number()));
                return "redirect:/motions/" + submitted.id();
            } catch (BadRequestException e) {
                if (e.field() != null && FORM_FIELDS.contains(e.field())) {
                    result.rejectValue(e.field(), e.code(), e.getArguments(), null);
                } else {
                    result.reject(e.code(), e.getArguments(), null);
                }
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

    @GetMapping("/motions/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MotionDossier dossier = queries.dossier(user, id);
        MotionStatus status = dossier.motion().status();
        boolean staff = user.hasRole(Role.STAFF);
        boolean council = user.hasRole(Role.COUNCIL);
        model.addAttribute("dossier", dossier);
        model.addAttribute("motion", dossier.motion());
        model.addAttribute(
                "lead",
                dossier.signers().stream()
                        .filter(MotionSigner::lead)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("zone", calendar.zone());
        model.addAttribute(
                "canCoSign",
                status == MotionStatus.AWAITING_SIGNERS
                        && user.deputyId() != null
                        && dossier.signers().stream()
                                .anyMatch(s -> !s.lead()
                                        && s.deputyId() == user.deputyId()
                                        && s.answer() == SignerAnswer.PENDING));
        model.addAttribute("canReview", staff && status == MotionStatus.FORM_CHECK);
        model.addAttribute("canDecide", council && status == MotionStatus.AWAITING_DECISION);
        model.addAttribute("canReport", staff && status == MotionStatus.REFERRED);
        model.addAttribute("canConvert", (staff || council) && status == MotionStatus.NOT_LISTED);
        model.addAttribute("canDecideAfterReport", council && status == MotionStatus.COMMITTEE_REPORTED);
        model.addAttribute("canRecordMeeting", staff && status == MotionStatus.ON_AGENDA);
        model.addAttribute("canReportImplementation", staff && status == MotionStatus.IMPLEMENTING);
        model.addAttribute("outcomes", DecisionOutcome.values());
        model.addAttribute("agendaDecisions", AgendaDecision.values());
        model.addAttribute("meetingOutcomes", MeetingOutcome.values());
        model.addAttribute("deliberation", dossier.deliberation());
        model.addAttribute("today", calendar.today());
        if (council && (status == MotionStatus.AWAITING_DECISION || status == MotionStatus.COMMITTEE_REPORTED)) {
            model.addAttribute(
                    "decisionMeetings",
                    meetings.recent(RECENT_MEETINGS, MeetingKind.CHAIRPERSONS_COUNCIL, MeetingKind.PEOPLES_CONGRESS));
        }
        if (staff && status == MotionStatus.ON_AGENDA) {
            model.addAttribute("committeeMeetings", meetings.recent(RECENT_MEETINGS, MeetingKind.STANDING_COMMITTEE));
        }
        return "motion/detail";
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
        DecisionOutcome decision = parseOutcome(outcome);
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
        AgendaDecision recommended = parse(AgendaDecision.class, recommendation);
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
        AgendaDecision chosen = parse(AgendaDecision.class, decision);
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
        MeetingOutcome result = parse(MeetingOutcome.class, outcome);
        return done(
                id,
                redirect,
                () -> deciding.recordMeeting(
                        user, id, parseDate(meetingDate), meetingNumber, result, comment, meetingId),
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
    private String done(long id, RedirectAttributes redirect, Action action, String flashKey) {
        try {
            SubmittingMotions.State state = action.run();
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
    private interface Action {
        SubmittingMotions.State run();
    }

    private String form(Model model, MotionForm form, List<DeputyEntry> matches) {
        Map<Long, DeputyEntry> chosen = new LinkedHashMap<>();
        for (Long id : form.getCoSignerIds() == null ? List.<Long>of() : form.getCoSignerIds()) {
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

    private static MotionStatus parseStatus(String status) {
        for (MotionStatus s : MotionStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** A date the form could not send is treated as missing: the service names the field. */
    private static LocalDate parseDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("meetingDate", "error.motion.meetingDate.format");
        }
    }

    private static DecisionOutcome parseOutcome(String outcome) {
        for (DecisionOutcome o : DecisionOutcome.values()) {
            if (o.name().equals(outcome)) {
                return o;
            }
        }
        return null;
    }

    /** What the submission form posts. */
    public static class MotionForm {
        private String title;
        private String reason;
        private String basis;
        private String proposal;
        private Period period;
        private List<Long> coSignerIds = new ArrayList<>();
        private String deputyQuery;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public String getProposal() {
            return proposal;
        }

        public void setProposal(String proposal) {
            this.proposal = proposal;
        }

        public Period getPeriod() {
            return period;
        }

        public void setPeriod(Period period) {
            this.period = period;
        }

        public List<Long> getCoSignerIds() {
            return coSignerIds;
        }

        public void setCoSignerIds(List<Long> coSignerIds) {
            this.coSignerIds = coSignerIds;
        }

        public String getDeputyQuery() {
            return deputyQuery;
        }

        public void setDeputyQuery(String deputyQuery) {
            this.deputyQuery = deputyQuery;
        }
    }
}
