package org.deputyflow.suggestion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.DecidingDisputes;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.MergingSuggestions;
import org.deputyflow.suggestion.ScreeningSuggestions;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.SuggestionQueries.State;
import org.deputyflow.suggestion.UrgingDepartments;
import org.deputyflow.suggestion.WaivingOpinions;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The suggestion API of committee staff: screening, merging and assigning, the rulings on disputes,
 * extensions, re-handling and year-end explanations, urging, waiving a co-unit's opinion, confirming
 * a delivery for the deputy and closing an evaluation that never came.
 */
@RestController
@RequestMapping("/api/suggestions")
@Tag(name = "suggestions", description = "api.tag.suggestions")
class StaffDecisionsController {

    private final ScreeningSuggestions screening;
    private final MergingSuggestions merging;
    private final DecidingDisputes disputes;
    private final EvaluatingReplies evaluating;
    private final ExtendingDeadlines extending;
    private final UrgingDepartments urging;
    private final WaivingOpinions waiving;
    private final ConfirmingDeliveries confirming;
    private final ExplainingFollowUps explaining;
    private final SuggestionQueries queries;

    StaffDecisionsController(
            ScreeningSuggestions screening,
            MergingSuggestions merging,
            DecidingDisputes disputes,
            EvaluatingReplies evaluating,
            ExtendingDeadlines extending,
            UrgingDepartments urging,
            WaivingOpinions waiving,
            ConfirmingDeliveries confirming,
            ExplainingFollowUps explaining,
            SuggestionQueries queries) {
        this.screening = screening;
        this.merging = merging;
        this.disputes = disputes;
        this.evaluating = evaluating;
        this.extending = extending;
        this.urging = urging;
        this.waiving = waiving;
        this.confirming = confirming;
        this.explaining = explaining;
        this.queries = queries;
    }

    record ScreeningRequest(ScreeningOutcome outcome, String reason, String comment) {}

    @PostMapping("/{id}/screening")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.screen")
    State screen(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ScreeningRequest request) {
        screening.screen(user, id, request.outcome(), request.reason(), request.comment());
        return queries.state(user, id);
    }

    record MergeRequest(Long intoId) {}

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.merge")
    State merge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody MergeRequest request) {
        merging.merge(user, id, request.intoId());
        return queries.state(user, id);
    }

    record AssignmentRequest(List<Long> leadDepartmentIds, List<Long> coDepartmentIds) {}

    @PostMapping("/{id}/assignment")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.assign")
    State assign(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody AssignmentRequest request) {
        screening.assign(user, id, request.leadDepartmentIds(), request.coDepartmentIds());
        return queries.state(user, id);
    }

    record DisputeDecisionRequest(
            @NotNull Boolean uphold, Long departmentId, List<Long> leadDepartmentIds, List<Long> coDepartmentIds) {}

    @PostMapping("/{id}/disputes/decision")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.decideDispute")
    State decideDispute(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @RequestBody DisputeDecisionRequest request) {
        disputes.decideDispute(
                user,
                id,
                request.uphold(),
                request.departmentId(),
                request.leadDepartmentIds(),
                request.coDepartmentIds());
        return queries.state(user, id);
    }

    record RehandlingRequest(@NotNull Boolean required, String comment) {}

    @PostMapping("/{id}/rehandling")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.decideRehandling")
    State rehandling(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @RequestBody RehandlingRequest request) {
        evaluating.decideRehandling(user, id, request.required(), request.comment());
        return queries.state(user, id);
    }

    record StaffDeliveryConfirmation(Long departmentId, String comment) {}

    @PostMapping("/{id}/delivery-confirmation/by-staff")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.confirmForDeputy")
    State confirmDeliveryForDeputy(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody StaffDeliveryConfirmation request) {
        confirming.confirmForDeputy(user, id, request.departmentId(), request.comment());
        return queries.state(user, id);
    }

    record ExplanationDecision(Long departmentId, boolean accept, String comment) {}

    @PostMapping("/{id}/follow-up-explanations/decision")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.reviewExplanation")
    State decideExplanation(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody ExplanationDecision request) {
        explaining.review(user, id, request.departmentId(), request.accept(), request.comment());
        return queries.state(user, id);
    }

    record ExtensionDecisionBody(Boolean approve, String comment) {}

    @PostMapping("/{id}/extension-requests/{requestId}/decision")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.decideExtension")
    ExtensionRequest decideExtension(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long requestId,
            @RequestBody ExtensionDecisionBody request) {
        return extending.decide(user, id, requestId, request.approve(), request.comment());
    }

    record UrgeBody(String message, Long departmentId) {}

    record Urged(int departments) {}

    @PostMapping("/{id}/urges")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.urge")
    Urged urge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody UrgeBody request) {
        return new Urged(urging.urge(user, id, request.departmentId(), request.message()));
    }

    record OpinionWaiverBody(Long departmentId, String reason) {}

    @PostMapping("/{id}/opinion-waivers")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.waiveOpinion")
    State waiveOpinion(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody OpinionWaiverBody request) {
        waiving.waive(user, id, request.departmentId(), request.reason());
        return queries.state(user, id);
    }

    @PostMapping("/{id}/evaluation/not-evaluated")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.suggestions.closeNotEvaluated")
    State closeNotEvaluated(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        evaluating.closeNotEvaluated(user, id);
        return queries.state(user, id);
    }
}
