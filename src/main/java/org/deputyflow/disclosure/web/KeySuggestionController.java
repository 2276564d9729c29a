package org.deputyflow.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.KeySuggestions;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/key-suggestions")
@Tag(name = "key-suggestions", description = "api.tag.keySuggestions")
class KeySuggestionController {

    private final KeySuggestions keySuggestions;
    private final MessageSource messages;

    KeySuggestionController(KeySuggestions keySuggestions, MessageSource messages) {
        this.keySuggestions = keySuggestions;
        this.messages = messages;
    }

    @PostMapping
    @PreAuthorize("hasRole('COUNCIL')")
    @Operation(summary = "api.keySuggestions.designate", description = "api.keySuggestions.designate.description")
    ResponseEntity<KeySuggestionView> designate(
            @Valid @RequestBody DesignateRequest request, @AuthenticationPrincipal CurrentUser user) {
        KeySuggestion created = keySuggestions.designate(
                request.suggestionId(),
                request.supervisingLeader().strip(),
                request.note() == null || request.note().isBlank()
                        ? null
                        : request.note().strip(),
                user,
                request.meetingId());
        return ResponseEntity.created(URI.create("/api/key-suggestions/" + created.id()))
                .body(view(created));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','COUNCIL','ADMIN')")
    @Operation(summary = "api.keySuggestions.list")
    Page<KeySuggestionView> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return keySuggestions.list(PageRequest.of(page, size)).map(this::view);
    }

    /** The progress in the caller's language. */
    private KeySuggestionView view(KeySuggestion k) {
        return new KeySuggestionView(
                k.id(),
                k.suggestionId(),
                k.serialNo(),
                k.title(),
                k.status(),
                k.supervisingLeader(),
                k.note(),
                k.designatedAt(),
                k.leadDepartment(),
                k.replyDue(),
                k.repliedAt(),
                k.resultClass(),
                messages.getMessage(k.progress(), LocaleContextHolder.getLocale()));
    }

    record DesignateRequest(
            @NotNull Long suggestionId,
            @NotBlank @Size(max = 64) String supervisingLeader,
            @Size(max = 2000) String note,
            Long meetingId) {}

    record KeySuggestionView(
            long id,
            long suggestionId,
            String serialNo,
            String title,
            String status,
            String supervisingLeader,
            String note,
            Instant designatedAt,
            String leadDepartment,
            LocalDate replyDue,
            Instant repliedAt,
            String resultClass,
            String progress) {}
}
