package org.deputyflow.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.MarkingReplies;
import org.deputyflow.disclosure.ReviewingReplies;
import org.deputyflow.disclosure.domain.PublishedReply;
import org.deputyflow.disclosure.domain.Redaction.Span;
import org.deputyflow.disclosure.domain.ReplyReview;
import org.deputyflow.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/replies/{replyId}")
@Tag(name = "reply-publication", description = "api.tag.replyPublication")
class ReplyPublicationController {

    private final MarkingReplies marking;
    private final ReviewingReplies reviewing;

    ReplyPublicationController(MarkingReplies marking, ReviewingReplies reviewing) {
        this.marking = marking;
        this.reviewing = reviewing;
    }

    @PutMapping("/redactions")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.replyPublication.mark")
    ResponseEntity<Void> mark(@PathVariable long replyId, @Valid @RequestBody MarkRequest request) {
        marking.mark(
                replyId,
                request.spans().stream().map(s -> new Span(s.start(), s.end())).toList());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publication")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.replyPublication.publish")
    PublishedReply publish(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser user) {
        return reviewing.publishNow(replyId, user);
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.replyPublication.review")
    ReplyReview review(@PathVariable long replyId) {
        return reviewing.review(replyId).orElseThrow(() -> new NotFoundException("error.disclosure.review.notOpened"));
    }

    @PostMapping("/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "api.replyPublication.decide")
    ReviewResult decide(
            @PathVariable long replyId,
            @Valid @RequestBody ReviewRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        boolean published = false;
        if (request.approve()) {
            published = reviewing.approve(replyId, user);
        } else {
            reviewing.holdBack(replyId, request.reason(), user);
        }
        return new ReviewResult(reviewing.review(replyId).orElseThrow(), published);
    }

    record ReviewRequest(
            @NotNull Boolean approve, @Size(max = 2000) String reason) {}

    /** @param published whether the approval published the reply at once, its publication day having come */
    record ReviewResult(ReplyReview review, boolean published) {}

    record MarkRequest(@NotNull @Size(max = 200) List<@NotNull SpanRequest> spans) {}

    record SpanRequest(int start, int end) {}
}
