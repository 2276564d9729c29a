package org.deputyflow.suggestion.web;

import java.util.List;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.UrgingDepartments;
import org.deputyflow.suggestion.WaivingOpinions;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.ScreeningSuggestions;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.SuggestionQueries.State;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The suggestion API of committee staff: screening, merging and assigning, the rulings on disputes,
 * extensions, re-handling and year-end explanations, urging, waiving a co-unit's opinion, confirming
 * a delivery for the deputy and closing an evaluation that never came.
 */
@RestController
@RequestMapping("/api/suggestions")
@Tag(name = "suggestions", description = "代表建议：提出、审查、交办、办理、答复、评价")
class StaffDecisionsController {

    private final ScreeningSuggestions screening;
    private final EvaluatingReplies evaluating;
    private final ExtendingDeadlines extending;
    private final UrgingDepartments urging;
    private final WaivingOpinions waiving;
    private final ConfirmingDeliveries confirming;
    private final ExplainingFollowUps explaining;
    private final SuggestionQueries queries;

    StaffDecisionsController(ScreeningSuggestions screening, EvaluatingReplies evaluating,
            ExtendingDeadlines extending, UrgingDepartments urging, WaivingOpinions waiving,
            ConfirmingDeliveries confirming, ExplainingFollowUps explaining, SuggestionQueries queries) {
        this.screening = screening;
        this.evaluating = evaluating;
        this.extending = extending;
        this.urging = urging;
        this.waiving = waiving;
        this.confirming = confirming;
        this.explaining = explaining;
        this.queries = queries;
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
