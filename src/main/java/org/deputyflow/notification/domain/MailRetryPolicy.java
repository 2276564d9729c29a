package org.deputyflow.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a failed e-mail is tried again: after the first delay, then twice as long each time up to
 * the longest delay, and never again after the last attempt.
 */
public record MailRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public MailRetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("an e-mail needs at least one attempt");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("the first delay is positive and the longest delay no shorter");
        }
    }

    /** Whether a mail that has failed this many attempts is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The delay after this many failed attempts (1 for the first failure). */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public Instant nextAttempt(int attempts, Instant failedAt) {
        return failedAt.plus(delayAfter(attempts));
    }
}
