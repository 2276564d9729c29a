package org.deputyflow.attachment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.deputyflow.attachment.Attaching;
import org.deputyflow.attachment.AttachmentQueries;
import org.deputyflow.attachment.domain.Attachment;
import org.deputyflow.attachment.domain.OwnerKind;
import org.deputyflow.directory.CurrentUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files of suggestions, motions, replies and follow-up reports: upload (multipart, field {@code file}), list, download, delete. The file is
 * optional in the mapping so that the record's access rules answer first (404, 403, 409) and a missing file is
 * a 400 after them.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "attachments", description = "api.tag.attachments")
class AttachmentController {

    private final Attaching attaching;
    private final AttachmentQueries queries;

    AttachmentController(Attaching attaching, AttachmentQueries queries) {
        this.attaching = attaching;
        this.queries = queries;
    }

    record AttachmentView(
            long id,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            String href) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(
                    a.id(),
                    a.fileName(),
                    a.contentType(),
                    a.size(),
                    a.sha256(),
                    a.uploadedBy(),
                    a.uploadedAt(),
                    "/api/attachments/" + a.id());
        }
    }

    record FilesView(List<AttachmentView> items, boolean mayChangeFiles, int maxCount, long maxSize) {

        static FilesView of(AttachmentQueries.Files files) {
            return new FilesView(
                    files.items().stream().map(AttachmentView::of).toList(),
                    files.mayChangeFiles(),
                    files.maxCount(),
                    files.maxSize());
        }
    }

    @PostMapping("/suggestions/{id}/attachments")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.attachment.uploadToSuggestion")
    ResponseEntity<AttachmentView> uploadToSuggestion(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        return created(attaching.add(user, OwnerKind.SUGGESTION, id, incoming(file)));
    }

    @GetMapping("/suggestions/{id}/attachments")
    @Operation(summary = "api.attachment.suggestionFiles")
    FilesView suggestionFiles(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return FilesView.of(queries.list(user, OwnerKind.SUGGESTION, id));
    }

    @PostMapping("/motions/{id}/attachments")
    @PreAuthorize("hasRole('DEPUTY')")
    @Operation(summary = "api.attachment.uploadToMotion")
    ResponseEntity<AttachmentView> uploadToMotion(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        return created(attaching.add(user, OwnerKind.MOTION, id, incoming(file)));
    }

    @GetMapping("/motions/{id}/attachments")
    @Operation(summary = "api.attachment.motionFiles")
    FilesView motionFiles(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return FilesView.of(queries.list(user, OwnerKind.MOTION, id));
    }

    @PostMapping("/replies/{replyId}/attachments")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.attachment.uploadToReply")
    ResponseEntity<AttachmentView> uploadToReply(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long replyId,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        return created(attaching.add(user, OwnerKind.REPLY, replyId, incoming(file)));
    }

    @GetMapping("/replies/{replyId}/attachments")
    @Operation(summary = "api.attachment.replyFiles")
    FilesView replyFiles(@AuthenticationPrincipal CurrentUser user, @PathVariable long replyId) {
        return FilesView.of(queries.list(user, OwnerKind.REPLY, replyId));
    }

    @PostMapping("/follow-ups/{followUpId}/attachments")
    @PreAuthorize("hasRole('DEPT_HANDLER')")
    @Operation(summary = "api.attachment.uploadToFollowUp")
    ResponseEntity<AttachmentView> uploadToFollowUp(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long followUpId,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        return created(attaching.add(user, OwnerKind.FOLLOW_UP, followUpId, incoming(file)));
    }

    @GetMapping("/follow-ups/{followUpId}/attachments")
    @Operation(summary = "api.attachment.followUpFiles")
    FilesView followUpFiles(@AuthenticationPrincipal CurrentUser user, @PathVariable long followUpId) {
        return FilesView.of(queries.list(user, OwnerKind.FOLLOW_UP, followUpId));
    }

    @GetMapping("/attachments/{id}")
    @Operation(summary = "api.attachment.download")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        AttachmentQueries.Download download = queries.download(user, id);
        Attachment a = download.attachment();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(a.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.size())
                .body(new InputStreamResource(download.content()));
    }

    @DeleteMapping("/attachments/{id}")
    @PreAuthorize("hasAnyRole('DEPUTY', 'DEPT_HANDLER')")
    @Operation(summary = "api.attachment.delete")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        attaching.remove(user, id);
        return ResponseEntity.noContent().build();
    }

    /**
     * The name twice: in {@code filename*} as RFC 5987 UTF-8 (what every current browser reads) and in
     * {@code filename} with every character beyond ASCII as '_', for clients that know only that.
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints()
                .forEach(c -> ascii.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : (char) c));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return ContentDisposition.attachment().filename(ascii.toString()).build() + "; filename*=UTF-8''" + encoded;
    }

    static Attaching.IncomingFile incoming(MultipartFile file) {
        return file == null || file.isEmpty() && file.getOriginalFilename() == null
                ? null
                : new Attaching.IncomingFile(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }

    private static ResponseEntity<AttachmentView> created(Attachment attachment) {
        return ResponseEntity.created(URI.create("/api/attachments/" + attachment.id()))
                .body(AttachmentView.of(attachment));
    }
}
