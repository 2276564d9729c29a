package org.deputyflow.disclosure.web;

import java.util.List;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.ReplyPublications;
import org.deputyflow.disclosure.domain.PublishedReply;
import org.deputyflow.disclosure.domain.Redaction.Span;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
@Tag(name = "reply-publication", description = "答复公开：标记需隐去的内容，提前公开")
class ReplyPublicationController {

    private final ReplyPublications replies;

    ReplyPublicationController(ReplyPublications replies) {
        this.replies = replies;
    }

    @PutMapping("/redactions")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "标记答复中公开时须隐去的内容（字符位置，左闭右开；替换此前的标记）")
    ResponseEntity<Void> mark(@PathVariable long replyId, @Valid @RequestBody MarkRequest request) {
        replies.mark(replyId, request.spans().stream().map(s -> new Span(s.start(), s.end())).toList());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/publication")
    @PreAuthorize("hasRole('STAFF')")
    @Operation(summary = "提前公开答复（否则送达代表满20个工作日后自动公开）")
    PublishedReply publish(@PathVariable long replyId, @AuthenticationPrincipal CurrentUser user) {
        return replies.publishNow(replyId, user);
    }

    record MarkRequest(@NotNull @Size(max = 200) List<@NotNull SpanRequest> spans) {
    }

    record SpanRequest(int start, int end) {
    }
}
