package org.deputyflow.token.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal API token as stored: never the secret itself, only who it belongs to and its dates.
 * A token acts as its user; the user's roles are read when it is used, not kept here.
 */
public record ApiToken(
        long id,
        long userId,
        String login,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public ApiToken {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Neither revoked nor expired at {@code now}; a token is no longer valid at its expiry instant. */
    public boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
