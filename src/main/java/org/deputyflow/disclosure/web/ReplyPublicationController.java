package org.deputyflow.disclosure.web;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/replies/{replyId}")
@Tag(name = "reply-publication", description = "答复公开：标记需隐去的内容，审核（同意或暂缓），提前公开")
class ReplyPublicationController {

    private final MarkingReplies marking;
    private final ReviewingReplies reviewing;

    ReplyPublicationController(MarkingReplies marking, ReviewingReplies reviewing) {
        this.marking = marking;
        this.reviewing = reviewing;
    }

    @PutMapping("/redactions")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "标记答复中公开时须隐去的内容（字符位置，左闭右开；替换此前的标记）")
    ResponseEntity<Void> mark(@PathVariable long replyId, @Valid @RequestBody MarkRequest request) {
        marking.mark(replyId, request.spans().stream().map(s -> new Span(s.start(), s.end())).toList());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publication")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "提前公开答复，即同意公开（否则审核同意后、送达代表满20个工作日时由定时任务公开）；暂缓公开的答复 409")
    PublishedReply publish(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser user) {
        return reviewing.publishNow(replyId, user);
    }

    @GetMapping("/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "答复公开审核的状态：OPEN 待审核，APPROVED 已同意，HELD_BACK 暂缓公开（附理由），LAPSED 宽限期满未审核已公开")
    ReplyReview review(@PathVariable long replyId) {
        return reviewing.review(replyId).orElseThrow(() -> new NotFoundException("该答复尚未开启公开审核（送达代表后次日开启）"));
    }

    @PostMapping("/review")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "审核答复公开：同意（公开日已到则即时公开，否则由定时任务按期公开），或暂缓公开并说明理由")
    ReviewResult decide(@PathVariable long replyId, @Valid @RequestBody ReviewRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        boolean published = false;
        if (request.approve()) {
            published = reviewing.approve(replyId, user);
        } else {
            reviewing.holdBack(replyId, request.reason(), user);
        }
        return new ReviewResult(reviewing.review(replyId).orElseThrow(), published);
    }

    record ReviewRequest(@NotNull Boolean approve, @Size(max = 2000) String reason) {
    }

    /** @param published whether the approval published the reply at once, its publication day having come */
    record ReviewResult(ReplyReview review, boolean published) {
    }

    record MarkRequest(@NotNull @Size(max = 200) List<@NotNull SpanRequest> spans) {
    }

    record SpanRequest(int start, int end) {
    }
}
