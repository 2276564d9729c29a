package org.deputyflow.suggestion.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.UrgingDepartments;
import org.deputyflow.suggestion.WaivingOpinions;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.HandlingSuggestions;
import org.deputyflow.suggestion.ScreeningSuggestions;
import org.deputyflow.suggestion.SubmittingSuggestions;
import org.deputyflow.suggestion.SuggestionDossier;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.SuggestionQueries.State;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.EvaluationInput;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ReplyDraft;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.SuggestionDraft;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.SuggestionSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/suggestions")
@Tag(name = "suggestions", description = "代表建议：提出、审查、交办、办理、答复、评价")
class SuggestionController {

    private final SubmittingSuggestions submitting;
    private final ScreeningSuggestions screening;
    private final HandlingSuggestions handling;
    private final EvaluatingReplies evaluating;
    private final SuggestionQueries queries;
    private final ExtendingDeadlines extending;
    private final UrgingDepartments urging;
    private final WaivingOpinions waiving;
    private final ConfirmingDeliveries confirming;
    private final ExplainingFollowUps explaining;

    SuggestionController(SubmittingSuggestions submitting, ScreeningSuggestions screening,
            HandlingSuggestions handling, EvaluatingReplies evaluating, SuggestionQueries queries,
            ExtendingDeadlines extending, UrgingDepartments urging, WaivingOpinions waiving,
            ConfirmingDeliveries confirming, ExplainingFollowUps explaining) {
        this.confirming = confirming;
        this.explaining = explaining;
        this.extending = extending;
        this.urging = urging;
        this.waiving = waiving;
        this.submitting = submitting;
        this.screening = screening;
        this.handling = handling;
        this.evaluating = evaluating;
        this.queries = queries;
    }

    record SubmitRequest(String title, String content, String category, Period period, List<Long> coSignerIds,
            boolean wantsFaceToFace, boolean confidential) {
        SuggestionDraft draft() {
            return new SuggestionDraft(title, content, category, period, wantsFaceToFace, confidential);
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "代表提出建议（有附议代表时等待附议）")
    ResponseEntity<SubmittingSuggestions.Submitted> submit(@AuthenticationPrincipal CurrentUser user,
            @RequestBody SubmitRequest request) {
        SubmittingSuggestions.Submitted submitted = submitting.submit(user, request.draft(), request.coSignerIds());
        return ResponseEntity.created(URI.create("/api/suggestions/" + submitted.id())).body(submitted);
    }

    @GetMapping("/{id}")
    @Operation(summary = "建议详情：署名、交办、沟通、意见、答复、评价、跟踪与办理时间线")
    SuggestionDossier get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.dossier(user, id);
    }

    @GetMapping
    @Operation(summary = "建议列表（分页；仅含本人可见的建议）")
    Page<SuggestionSummary> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Long departmentId, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(user, status, departmentId, q, PageRequest.of(page, size));
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

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "撤回建议（交办前；联名建议须全体署名代表同意）")
    SubmittingSuggestions.Withdrawal withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return submitting.withdraw(user, id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "领衔代表修改被退回的建议并重新提交")
    State revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody SubmitRequest request) {
        submitting.revise(user, id, request.draft());
        return queries.state(user, id);
    }

    record ScreeningRequest(ScreeningOutcome outcome, String reason, String comment) {
    }

    @PostMapping("/{id}/screening")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "审查：立案、退回或作代表来信处理")
    State screen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ScreeningRequest request) {
        screening.screen(user, id, request.outcome(), request.reason(), request.comment());
        return queries.state(user, id);
    }

    record MergeRequest(Long intoId) {
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "并案：并入同一事项的另一件建议")
    State merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody MergeRequest request) {
        screening.merge(user, id, request.intoId());
        return queries.state(user, id);
    }

    record AssignmentRequest(List<Long> leadDepartmentIds, List<Long> coDepartmentIds) {
    }

    @PostMapping("/{id}/assignment")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "交办：一个主办单位或多个分办单位，可有协办单位")
    State assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody AssignmentRequest request) {
        screening.assign(user, id, request.leadDepartmentIds(), request.coDepartmentIds());
        return queries.state(user, id);
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "经办人签收本单位的办理任务")
    State claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        handling.claim(user, id);
        return queries.state(user, id);
    }

    @PostMapping("/{id}/unclaim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "经办人退回签收，任务回到本单位待办")
    State unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        handling.unclaim(user, id);
        return queries.state(user, id);
    }

    record DisputeRequest(String reason) {
    }

    @PostMapping("/{id}/disputes")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "承办单位申请调整（交办后规定期限内）")
    State dispute(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody DisputeRequest request) {
        handling.dispute(user, id, request.reason());
        return queries.state(user, id);
    }

    record DisputeDecisionRequest(@NotNull Boolean uphold, Long departmentId, List<Long> leadDepartmentIds,
            List<Long> coDepartmentIds) {
    }

    @PostMapping("/{id}/disputes/decision")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "审定调整申请：维持交办或改交其他单位")
    State decideDispute(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody DisputeDecisionRequest request) {
        screening.decideDispute(user, id, request.uphold(), request.departmentId(), request.leadDepartmentIds(),
                request.coDepartmentIds());
        return queries.state(user, id);
    }

    record ContactRequest(ContactMethod method, Instant contactedAt, String summary) {
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "记录与代表的沟通联系")
    State contact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ContactRequest request) {
        handling.logContact(user, id, request.method(), request.contactedAt(), request.summary());
        return queries.state(user, id);
    }

    record OpinionRequest(String content) {
    }

    @PostMapping("/{id}/opinions")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "协办单位提出协办意见")
    State opinion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody OpinionRequest request) {
        handling.submitOpinion(user, id, request.content());
        return queries.state(user, id);
    }

    record ReplyRequest(ResultClass resultClass, String content, LocalDate planDate, boolean publishable,
            String notPublishableReason) {
    }

    @PostMapping("/{id}/reply")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "主办（分办）单位提交答复，待负责人签发")
    State reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReplyRequest request) {
        handling.submitReply(user, id, new ReplyDraft(request.resultClass(), request.content(), request.planDate(),
                request.publishable(), request.notPublishableReason()));
        return queries.state(user, id);
    }

    record SignOffRequest(@NotNull Boolean approve, String comment) {
    }

    @PostMapping("/{id}/reply/sign-off")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    @Operation(summary = "单位负责人签发答复或退回修改")
    State signOff(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody SignOffRequest request) {
        handling.signOff(user, id, request.approve(), request.comment());
        return queries.state(user, id);
    }

    record EvaluationRequest(Long departmentId, Rating attitude, Rating result, String reason,
            String confidentialNote) {
    }

    @PostMapping("/{id}/evaluation")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "领衔代表评价答复（办理态度与办理结果分别评价）")
    State evaluate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody EvaluationRequest request) {
        evaluating.evaluate(user, id, request.departmentId(), new EvaluationInput(request.attitude(),
                request.result(), request.reason(), request.confidentialNote()));
        return queries.state(user, id);
    }

    record RehandlingRequest(@NotNull Boolean required, String comment) {
    }

    @PostMapping("/{id}/rehandling")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "对不满意的办理结果决定是否重新办理（仅一次）")
    State rehandling(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody RehandlingRequest request) {
        evaluating.decideRehandling(user, id, request.required(), request.comment());
        return queries.state(user, id);
    }

    record FollowUpRequest(String content, boolean delivered) {
    }

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "B、C 类答复的跟踪办理情况；delivered 为 true 时落实完毕")
    State followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody FollowUpRequest request) {
        handling.reportFollowUp(user, id, request.content(), request.delivered());
        return queries.state(user, id);
    }

    record DeliveryAnswer(Long departmentId, boolean confirmed, String comment) {
    }

    @PostMapping("/{id}/delivery-confirmation")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "领衔代表确认承办单位报告的落实情况，或提出异议（须写明理由，跟踪办理继续）")
    State confirmDelivery(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody DeliveryAnswer request) {
        confirming.answer(user, id, request.departmentId(), request.confirmed(), request.comment());
        return queries.state(user, id);
    }

    record StaffDeliveryConfirmation(Long departmentId, String comment) {
    }

    @PostMapping("/{id}/delivery-confirmation/by-staff")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "代表确认期限已过仍未确认的，办委确认落实")
    State confirmDeliveryForDeputy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody StaffDeliveryConfirmation request) {
        confirming.confirmForDeputy(user, id, request.departmentId(), request.comment());
        return queries.state(user, id);
    }

    record ExplanationRequest(String content) {
    }

    @PostMapping("/{id}/follow-up-explanations")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "年底仍未落实的跟踪办理，承办单位提交书面说明")
    State explainFollowUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ExplanationRequest request) {
        explaining.explain(user, id, request.content());
        return queries.state(user, id);
    }

    record ExplanationDecision(Long departmentId, boolean accept, String comment) {
    }

    @PostMapping("/{id}/follow-up-explanations/decision")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "办委认可年底书面说明（继续跟踪办理），或退回补充（须写明意见）")
    State decideExplanation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ExplanationDecision request) {
        explaining.review(user, id, request.departmentId(), request.accept(), request.comment());
        return queries.state(user, id);
    }

    record ExtensionRequestBody(Integer months, String reason) {
    }

    @PostMapping("/{id}/extension-requests")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    @Operation(summary = "主办（分办）单位负责人申请延期（一次，至多 3 个月）")
    ResponseEntity<ExtendingDeadlines.Requested> requestExtension(@AuthenticationPrincipal CurrentUser user,
            @PathVariable long id, @RequestBody ExtensionRequestBody request) {
        ExtendingDeadlines.Requested requested = extending.request(user, id, request.months(), request.reason());
        return ResponseEntity.created(URI.create("/api/suggestions/" + id + "/extension-requests/"
                + requested.requestId())).body(requested);
    }

    record ExtensionDecisionBody(Boolean approve, String comment) {
    }

    @PostMapping("/{id}/extension-requests/{requestId}/decision")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "审批延期申请；批准后答复期限与提醒随之顺延，并告知代表")
    ExtensionRequest decideExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long requestId, @RequestBody ExtensionDecisionBody request) {
        return extending.decide(user, id, requestId, request.approve(), request.comment());
    }

    record UrgeBody(String message, Long departmentId) {
    }

    record Urged(int departments) {
    }

    @PostMapping("/{id}/urges")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "催办：督促仍在办理的承办单位（可指定单位）")
    Urged urge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody UrgeBody request) {
        return new Urged(urging.urge(user, id, request.departmentId(), request.message()));
    }

    record OpinionWaiverBody(Long departmentId, String reason) {
    }

    @PostMapping("/{id}/opinion-waivers")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "协办单位逾期未提出意见时，免于其协办意见（须写明理由）；主办单位即可答复")
    State waiveOpinion(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody OpinionWaiverBody request) {
        waiving.waive(user, id, request.departmentId(), request.reason());
        return queries.state(user, id);
    }

    @PostMapping("/{id}/evaluation/not-evaluated")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "评价期限已过，按“未评价”办结评价环节（单独统计，不计为满意）")
    State closeNotEvaluated(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        evaluating.closeNotEvaluated(user, id);
        return queries.state(user, id);
    }
}
