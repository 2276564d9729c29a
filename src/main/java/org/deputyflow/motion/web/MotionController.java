package org.deputyflow.motion.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/motions")
@Tag(name = "motions", description = "议案：联名提出、格式审查、主席团（常委会）决定、专门委员会审议、再次决定、会议审议结果、实施情况报告、转为建议")
class MotionController {

    private final SubmittingMotions submitting;
    private final DecidingMotions deciding;
    private final MotionQueries queries;

    MotionController(SubmittingMotions submitting, DecidingMotions deciding, MotionQueries queries) {
        this.submitting = submitting;
        this.deciding = deciding;
        this.queries = queries;
    }

    record SubmitRequest(String title, String reason, String basis, String proposal, Period period,
            List<Long> coSignerIds) {
        MotionDraft draft() {
            return new MotionDraft(title, reason, basis, proposal, period);
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "代表领衔提出议案（等待附议代表确认，附议不足将在期限后失效）")
    ResponseEntity<State> submit(@AuthenticationPrincipal CurrentUser user, @RequestBody SubmitRequest request) {
        State submitted = submitting.submit(user, request.draft(), request.coSignerIds());
        return ResponseEntity.created(URI.create("/api/motions/" + submitted.id())).body(submitted);
    }

    @GetMapping
    @Operation(summary = "议案列表（分页；代表只见本人署名的议案）")
    Page<MotionSummary> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) MotionStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(user, status, q, PageRequest.of(page, size));
    }

    @GetMapping("/tasks")
    @Operation(summary = "本人待办的议案：附议答复、格式审查、处理决定、登记审议报告（分页）")
    Page<MotionTask> tasks(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.tasks(user, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "议案详情：署名代表、决定、审议报告、转建议情况与时间线")
    MotionDossier get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.dossier(user, id);
    }

    record CoSignatureRequest(@NotNull Boolean accept) {
    }

    @PostMapping("/{id}/co-signatures")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "附议代表答复附议邀请")
    State coSign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody CoSignatureRequest request) {
        return submitting.answerCoSignature(user, id, request.accept());
    }

    record ReviewRequest(@NotNull Boolean accept, String comment) {
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "工作人员审查议案格式：通过，或说明理由退回")
    State review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody ReviewRequest request) {
        return deciding.review(user, id, request.accept(), request.comment());
    }

    record DecisionRequest(DecisionOutcome outcome, String committee, String comment, Long meetingId) {
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "主席团（常委会）决定：列入议程、交专门委员会审议或不列入议程",
            description = "meetingId（可选）：作出决定的主任会议或代表大会（/api/meetings）。")
    State decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody DecisionRequest request) {
        return deciding.decide(user, id, request.outcome(), request.committee(), request.comment(),
                request.meetingId());
    }

    record ReportRequest(String report, AgendaDecision recommendation) {
    }

    @PostMapping("/{id}/committee-report")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "登记专门委员会的审议报告及其建议（提请常委会会议审议或不列入），转主任会议（主席团）再次决定")
    State report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ReportRequest request) {
        return deciding.recordReport(user, id, request.report(), request.recommendation());
    }

    record SecondDecisionRequest(AgendaDecision decision, String comment, Long meetingId) {
    }

    @PostMapping("/{id}/second-decision")
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "主任会议（主席团）根据审议报告决定：列入常委会会议议程或不列入")
    State decideAfterReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody SecondDecisionRequest request) {
        return deciding.decideAfterReport(user, id, request.decision(), request.comment(), request.meetingId());
    }

    record MeetingRequest(LocalDate meetingDate, String meetingNumber, MeetingOutcome outcome, String comment,
            Long meetingId) {
    }

    @PostMapping("/{id}/meeting-outcome")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "登记列入议程的议案的审议会议（日期、届次）与结果：通过为法规、通过为决定、继续研究或未获通过",
            description = "通过为法规或决定的议案须在会议后若干个月内报告实施情况（deputyflow.motions.implementation-report-months）。"
                    + "meetingId 指向已登记的常委会会议时，会议日期与届次取自该会议，不再看填写的 meetingDate、meetingNumber。")
    State recordMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody MeetingRequest request) {
        return deciding.recordMeeting(user, id, request.meetingDate(), request.meetingNumber(), request.outcome(),
                request.comment(), request.meetingId());
    }

    @PostMapping("/{id}/implementation-report")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "登记通过的法规或决定的实施情况报告")
    State reportImplementation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ReportRequest request) {
        return deciding.reportImplementation(user, id, request.report());
    }

    @PostMapping("/{id}/conversion")
    @PreAuthorize("hasAnyRole('STAFF', 'COUNCIL')")
    @Operation(summary = "不列入议程的议案转为建议（署名代表无需再次确认）")
    ResponseEntity<DecidingMotions.Conversion> convert(@AuthenticationPrincipal CurrentUser user,
            @PathVariable long id) {
        DecidingMotions.Conversion conversion = deciding.convert(user, id);
        return ResponseEntity.created(URI.create("/api/suggestions/" + conversion.suggestionId())).body(conversion);
    }
}
