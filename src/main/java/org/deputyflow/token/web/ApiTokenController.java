package org.deputyflow.token.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.token.ApiTokens;
import org.deputyflow.token.domain.ApiToken;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user's own API tokens; another user's token is answered with 404. */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "tokens", description = "api.tag.tokens")
class ApiTokenController {

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Signed in with a password (session or HTTP Basic) only: a token that could issue tokens would
     * outlive its own expiry in the hands of whoever stole it.
     */
    @PostMapping
    @Operation(summary = "api.tokens.issue")
    ResponseEntity<IssuedView> issue(
            @AuthenticationPrincipal CurrentUser user,
            Authentication authentication,
            @RequestBody IssueRequest request) {
        if (authentication instanceof ApiTokenAuthentication) {
            throw new AccessDeniedException("a token cannot issue tokens");
        }
        ApiTokens.Issued issued = tokens.issue(user, request.name(), request.days());
        return ResponseEntity.status(HttpStatus.CREATED).body(IssuedView.of(issued));
    }

    @GetMapping
    @Operation(summary = "api.tokens.list")
    Page<TokenView> list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return tokens.tokensOf(user, PageRequest.of(page, size)).map(TokenView::of);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "api.tokens.revoke")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    record IssueRequest(String name, Integer days) {}

    /** The only answer that carries the token itself. */
    record IssuedView(long id, String name, String token, Instant createdAt, Instant expiresAt) {
        static IssuedView of(ApiTokens.Issued issued) {
            ApiToken t = issued.token();
            return new IssuedView(t.id(), t.name(), issued.secret(), t.createdAt(), t.expiresAt());
        }
    }

    record TokenView(
            long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt());
        }
    }
}
