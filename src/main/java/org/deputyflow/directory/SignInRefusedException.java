package org.deputyflow.directory;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/**
 * Too many failed sign-ins came from the caller's address: nothing is checked until the window ends.
 * An {@link AccountStatusException}, so that no other provider tries the credentials after it.
 */
public class SignInRefusedException extends AccountStatusException {

    private final long retryAfterSeconds;

    public SignInRefusedException(Instant now, Instant until) {
        super("too many failed sign-ins from this address");
        this.retryAfterSeconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
