package org.deputyflow.suggestion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.suggestion.DepartmentHandling;
import org.deputyflow.suggestion.ExplainingFollowUps;
import org.deputyflow.suggestion.ExtendingDeadlines;
import org.deputyflow.suggestion.SuggestionQueries;
import org.deputyflow.suggestion.SuggestionQueries.State;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.ReplyDraft;
import org.deputyflow.suggestion.domain.ResultClass;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The suggestion API of the handling departments: claiming the task, disputing the assignment,
 * logging contacts, the co-unit's opinion, the reply and its sign-off, follow-ups, the year-end
 * explanation and the request for an extension.
 */
@RestController
@RequestMapping("/api/suggestions")
@Tag(name = "suggestions", description = "api.tag.suggestions")
class DepartmentHandlingController {

    private final DepartmentHandling handling;
    private final ExplainingFollowUps explaining;
    private final ExtendingDeadlines extending;
    private final SuggestionQueries queries;

    DepartmentHandlingController(
            DepartmentHandling handling,
            ExplainingFollowUps explaining,
            ExtendingDeadlines extending,
            SuggestionQueries queries) {
        this.handling = handling;
        this.explaining = explaining;
        this.extending = extending;
        this.queries = queries;
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.claim")
    State claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        handling.claim(user, id);
        return queries.state(user, id);
    }

    @PostMapping("/{id}/unclaim")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.unclaim")
    State unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        handling.unclaim(user, id);
        return queries.state(user, id);
    }

    record DisputeRequest(String reason) {}

    @PostMapping("/{id}/disputes")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.dispute")
    State dispute(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody DisputeRequest request) {
        handling.dispute(user, id, request.reason());
        return queries.state(user, id);
    }

    record ContactRequest(ContactMethod method, Instant contactedAt, String summary) {}

    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.contact")
    State contact(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ContactRequest request) {
        handling.logContact(user, id, request.method(), request.contactedAt(), request.summary());
        return queries.state(user, id);
    }

    record OpinionRequest(String content) {}

    @PostMapping("/{id}/opinions")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.opinion")
    State opinion(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody OpinionRequest request) {
        handling.submitOpinion(user, id, request.content());
        return queries.state(user, id);
    }

    record ReplyRequest(
            ResultClass resultClass,
            String content,
            LocalDate planDate,
            boolean publishable,
            String notPublishableReason) {}

    @PostMapping("/{id}/reply")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.reply")
    State reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReplyRequest request) {
        handling.submitReply(
                user,
                id,
                new ReplyDraft(
                        request.resultClass(),
                        request.content(),
                        request.planDate(),
                        request.publishable(),
                        request.notPublishableReason()));
        return queries.state(user, id);
    }

    record SignOffRequest(@NotNull Boolean approve, String comment) {}

    @PostMapping("/{id}/reply/sign-off")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    @Operation(summary = "api.suggestions.signOff")
    State signOff(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @RequestBody SignOffRequest request) {
        handling.signOff(user, id, request.approve(), request.comment());
        return queries.state(user, id);
    }

    record FollowUpRequest(String content, boolean delivered) {}

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.followUp")
    State followUp(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody FollowUpRequest request) {
        handling.reportFollowUp(user, id, request.content(), request.delivered());
        return queries.state(user, id);
    }

    record ExplanationRequest(String content) {}

    @PostMapping("/{id}/follow-up-explanations")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.suggestions.explanation")
    State explainFollowUp(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ExplanationRequest request) {
        explaining.explain(user, id, request.content());
        return queries.state(user, id);
    }

    record ExtensionRequestBody(Integer months, String reason) {}

    @PostMapping("/{id}/extension-requests")
    @PreAuthorize("hasRole('DEPT_LEADER')")
    @Operation(summary = "api.suggestions.extension")
    ResponseEntity<ExtendingDeadlines.Requested> requestExtension(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody ExtensionRequestBody request) {
        ExtendingDeadlines.Requested requested = extending.request(user, id, request.months(), request.reason());
        return ResponseEntity.created(
                        URI.create("/api/suggestions/" + id + "/extension-requests/" + requested.requestId()))
                .body(requested);
    }
}
