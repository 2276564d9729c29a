package org.deputyflow.suggestion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.ConfirmingDeliveries;
import org.deputyflow.suggestion.EvaluatingReplies;
import org.deputyflow.suggestion.SubmittingSuggestions;
import org.deputyflow.suggestion.SuggestionDossier;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.SuggestionQueries.State;
import org.deputyflow.suggestion.domain.EvaluationInput;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Rating;
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

/**
 * The suggestion API of deputies and of every reader: submitting, co-signing, withdrawing and
 * revising a suggestion, evaluating its reply and answering a reported delivery; the dossier and the
 * list, each scoped to what the caller may see. The departments' endpoints are
 * {@link DepartmentHandlingController}'s, the staff's {@link StaffDecisionsController}'s.
 */
@RestController
@RequestMapping("/api/suggestions")
@Tag(name = "suggestions", description = "api.tag.suggestions")
class SuggestionController {

    private final SubmittingSuggestions submitting;
    private final EvaluatingReplies evaluating;
    private final ConfirmingDeliveries confirming;
    private final SuggestionQueries queries;

    SuggestionController(
            SubmittingSuggestions submitting,
            EvaluatingReplies evaluating,
            ConfirmingDeliveries confirming,
            SuggestionQueries queries) {
        this.submitting = submitting;
        this.evaluating = evaluating;
        this.confirming = confirming;
        this.queries = queries;
    }

    record SubmitRequest(
            String title,
            String content,
            String category,
            Period period,
            List<Long> coSignerIds,
            boolean wantsFaceToFace,
            boolean confidential) {
        SuggestionDraft draft() {
            return new SuggestionDraft(title, content, category, period, wantsFaceToFace, confidential);
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.suggestions.submit")
    ResponseEntity<SubmittingSuggestions.Submitted> submit(
            @AuthenticationPrincipal CurrentUser user, @RequestBody SubmitRequest request) {
        SubmittingSuggestions.Submitted submitted = submitting.submit(user, request.draft(), request.coSignerIds());
        return ResponseEntity.created(URI.create("/api/suggestions/" + submitted.id()))
                .body(submitted);
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.suggestions.get")
    SuggestionDossier get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return queries.dossier(user, id);
    }

    @GetMapping
    @Operation(summary = "api.suggestions.list")
    Page<SuggestionSummary> list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(user, status, departmentId, q, PageRequest.of(page, size));
    }

    record CoSignatureRequest(@NotNull Boolean accept) {}

    @PostMapping("/{id}/co-signatures")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.suggestions.coSignature")
    State coSign(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @RequestBody CoSignatureRequest request) {
        return submitting.answerCoSignature(user, id, request.accept());
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.suggestions.withdraw")
    SubmittingSuggestions.Withdrawal withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return submitting.withdraw(user, id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.suggestions.revise")
    State revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody SubmitRequest request) {
        submitting.revise(user, id, request.draft());
        return queries.state(user, id);
    }

    record EvaluationRequest(
            Long departmentId, Rating attitude, Rating result, String reason, String confidentialNote) {}

    @PostMapping("/{id}/evaluation")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.suggestions.evaluate")
    State evaluate(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody EvaluationRequest request) {
        evaluating.evaluate(
                user,
                id,
                request.departmentId(),
                new EvaluationInput(
                        request.attitude(), request.result(), request.reason(), request.confidentialNote()));
        return queries.state(user, id);
    }

    record DeliveryAnswer(Long departmentId, boolean confirmed, String comment) {}

    @PostMapping("/{id}/delivery-confirmation")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.suggestions.confirmDelivery")
    State confirmDelivery(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody DeliveryAnswer request) {
        confirming.answer(user, id, request.departmentId(), request.confirmed(), request.comment());
        return queries.state(user, id);
    }
}
