package org.deputyflow.motion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.DecidingMotions;
import org.deputyflow.motion.MotionDossier;
import org.deputyflow.motion.MotionQueries;
import org.deputyflow.motion.SubmittingMotions;
import org.deputyflow.motion.SubmittingMotions.State;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.MotionDraft;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.domain.MotionSummary;
import org.deputyflow.motion.domain.MotionTask;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.domain.Period;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/motions")
@Tag(name = "motions", description = "api.tag.motions")
class MotionController {

    private final SubmittingMotions submitting;
    private final DecidingMotions deciding;
    private final MotionQueries queries;

    MotionController(SubmittingMotions submitting, DecidingMotions deciding, MotionQueries queries) {
        this.submitting = submitting;
        this.deciding = deciding;
        this.queries = queries;
    }

    record SubmitRequest(
            String title, String reason, String basis, String proposal, Period period, List<Long> coSignerIds) {
        MotionDraft draft() {
            return new MotionDraft(title, reason, basis, proposal, period);
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.motions.submit")
    ResponseEntity<State> submit(@AuthenticationPrincipal CurrentUser user, @RequestBody SubmitRequest request) {
        State submitted = submitting.submit(user, request.draft(), request.coSignerIds());
        return ResponseEntity.created(URI.create("/api/motions/" + submitted.id()))
                .body(submitted);
    }

    @GetMapping
    @Operation(summary = "api.motions.list")
    Page<MotionSummary> list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) MotionStatus status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(user, status, q, PageRequest.of(page, size));
    }

    @GetMapping("/tasks")
    @Operation(summary = "api.motions.tasks")
    Page<MotionTask> tasks(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.tasks(user, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.motions.dossier")
    MotionDossier get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.dossier(user, id);
    }

    record CoSignatureRequest(@NotNull Boolean accept) {}

    @PostMapping("/{id}/co-signatures")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.motions.coSign")
    State coSign(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @RequestBody CoSignatureRequest request) {
        return submitting.answerCoSignature(user, id, request.accept());
    }

    record ReviewRequest(@NotNull Boolean accept, String comment) {}

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.motions.review")
    State review(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @RequestBody ReviewRequest request) {
        return deciding.review(user, id, request.accept(), request.comment());
    }

    record DecisionRequest(DecisionOutcome outcome, String committee, String comment, Long meetingId) {}

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "api.motions.decide", description = "api.motions.decide.description")
    State decide(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody DecisionRequest request) {
        return deciding.decide(
                user, id, request.outcome(), request.committee(), request.comment(), request.meetingId());
    }

    record ReportRequest(String report, AgendaDecision recommendation) {}

    @PostMapping("/{id}/committee-report")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.motions.recordReport")
    State report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReportRequest request) {
        return deciding.recordReport(user, id, request.report(), request.recommendation());
    }

    record SecondDecisionRequest(AgendaDecision decision, String comment, Long meetingId) {}

    @PostMapping("/{id}/second-decision")
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "api.motions.decideAfterReport")
    State decideAfterReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody SecondDecisionRequest request) {
        return deciding.decideAfterReport(user, id, request.decision(), request.comment(), request.meetingId());
    }

    record MeetingRequest(
            LocalDate meetingDate, String meetingNumber, MeetingOutcome outcome, String comment, Long meetingId) {}

    @PostMapping("/{id}/meeting-outcome")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.motions.recordMeeting", description = "api.motions.recordMeeting.description")
    State recordMeeting(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody MeetingRequest request) {
        return deciding.recordMeeting(
                user,
                id,
                request.meetingDate(),
                request.meetingNumber(),
                request.outcome(),
                request.comment(),
                request.meetingId());
    }

    @PostMapping("/{id}/implementation-report")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.motions.reportImplementation")
    State reportImplementation(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReportRequest request) {
        return deciding.reportImplementation(user, id, request.report());
    }

    @PostMapping("/{id}/conversion")
    @PreAuthorize("hasAnyRole('STAFF', 'COUNCIL')")
    @Operation(summary = "api.motions.convert")
    ResponseEntity<DecidingMotions.Conversion> convert(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        DecidingMotions.Conversion conversion = deciding.convert(user, id);
        return ResponseEntity.created(URI.create("/api/suggestions/" + conversion.suggestionId()))
                .body(conversion);
    }
}
