package org.deputyflow.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.UserDeactivated;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.token.domain.ApiToken;
import org.deputyflow.token.domain.TokenSecret;
import org.deputyflow.token.persistence.ApiTokenMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks personal API tokens. Checking a token is a SHA-256 digest and
 * a look-up by that digest, never a password hash: that is what makes a token cheaper than HTTP
 * Basic, whose BCrypt check takes tens of milliseconds per call.
 */
@Service
@Transactional
public class ApiTokens {

    static final int MAX_NAME = 100;

    private final ApiTokenMapper tokens;
    private final DirectoryService directory;
    private final Clock clock;
    private final ApiTokenSettings settings;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(
            ApiTokenMapper tokens,
            DirectoryService directory,
            Clock clock,
            ApiTokenSettings settings,
            AuditTrail audit) {
        this.audit = audit;
        this.tokens = tokens;
        this.directory = directory;
        this.clock = clock;
        this.settings = settings;
    }

    /** A token just issued: the only time its secret is known to anybody but its holder. */
    public record Issued(ApiToken token, String secret) {}

    /** A call authenticated by a token: the token's user as the directory has them now. */
    public record TokenUser(CurrentUser user, long tokenId) {}

    /**
     * Issues a token for the user, valid for {@code days} (the configured default when null).
     *
     * @throws BadRequestException when the name is blank or too long, or the days out of range
     */
    public Issued issue(CurrentUser user, String name, Integer days) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new BadRequestException("name", "error.token.name.invalid", String.valueOf(MAX_NAME));
        }
        int validDays = days == null ? settings.defaultDays() : days;
        if (validDays < 1 || validDays > settings.maxDays()) {
            throw new BadRequestException("days", "error.token.days.invalid", String.valueOf(settings.maxDays()));
        }
        Instant now = now();
        Instant expires = now.plus(Duration.ofDays(validDays));
        String secret = TokenSecret.generate(random);
        GeneratedKey key = new GeneratedKey();
        tokens.insert(user.id(), user.login(), n, TokenSecret.hash(secret), now, expires, key);
        // never the secret or its hash
        audit.record(
                "token.issue",
                "token",
                key.value(),
                AuditTrail.SUCCESS,
                Map.of("owner", user.login(), "name", n, "expiresAt", expires.toString()));
        return new Issued(new ApiToken(key.value(), user.id(), user.login(), n, now, expires, null, null), secret);
    }

    /** The user's own tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public Page<ApiToken> tokensOf(CurrentUser user, PageRequest request) {
        long total = tokens.countOwn(user.id());
        List<ApiToken> items = total == 0 ? List.of() : tokens.searchOwn(user.id(), request.offset(), request.size());
        return Page.of(items, request, total);
    }

    /**
     * Revokes one of the user's own tokens; revoking it again changes nothing.
     *
     * @throws NotFoundException when the token is not the user's, as when it does not exist
     */
    public void revoke(CurrentUser user, long id) {
        tokens.findOwn(id, user.id()).orElseThrow(() -> NotFoundException.of("token", id));
        tokens.revoke(id, user.id(), now());
        audit.record("token.revoke", "token", id, AuditTrail.SUCCESS, Map.of("owner", user.login()));
    }

    /**
     * The user a token stands for, with the roles and department the directory gives them now; none
     * when the text is no token, or the token is unknown, revoked or expired, or its user inactive.
     * Every API call with a token comes here: its reads and the occasional note of use run without a
     * transaction of their own (each statement commits alone), which saves an API call the
     * transaction's round trips.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<TokenUser> authenticate(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByHash(TokenSecret.hash(secret));
        Instant now = now();
        if (found.isEmpty() || !found.get().validAt(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        // logins never change; the id check still makes sure a token signs in as its own user only
        Optional<CurrentUser> user = directory
                .account(token.login())
                .filter(account -> account.id() == token.userId() && account.isEnabled());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Instant stale = now.minus(settings.lastUsedInterval());
        if (token.lastUsedAt() == null || !token.lastUsedAt().isAfter(stale)) {
            tokens.recordUse(token.id(), now, stale);
        }
        return Optional.of(new TokenUser(user.get(), token.id()));
    }

    /** A deactivated user's tokens are revoked with the account, in the admin's transaction. */
    @EventListener
    void revokeAllOf(UserDeactivated deactivated) {
        tokens.revokeAll(deactivated.userId(), now());
    }

    /** Stored to the second, as MySQL's DATETIME keeps it, so that H2 and MySQL answer alike. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
