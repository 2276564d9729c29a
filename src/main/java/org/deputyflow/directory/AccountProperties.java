package org.deputyflow.directory;

import java.time.Duration;
import org.deputyflow.directory.domain.PasswordPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How accounts are protected, as an office configures it under {@code deputyflow.accounts}.
 *
 * @param password what a password set through DeputyFlow must be
 * @param lockout how many failed passwords in a row lock a login, and for how long
 * @param addressThrottle how many failed sign-ins one client address may make in a window before
 *        it is refused until the window ends, whichever logins it tries
 */
@ConfigurationProperties("deputyflow.accounts")
public record AccountProperties(
        @DefaultValue Password password,
        @DefaultValue Lockout lockout,
        @DefaultValue AddressThrottle addressThrottle) {

    public AccountProperties {
        // read once, so that a wrong value stops the start instead of the first sign-in
        password.policy();
    }

    public record Password(
            @DefaultValue("8") int minLength,
            @DefaultValue("3") int minKinds) {

        public PasswordPolicy policy() {
            return new PasswordPolicy(minLength, minKinds);
        }
    }

    /** Failures count as "in a row" while less than {@code duration} lies between them. */
    public record Lockout(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration duration) {

        public Lockout {
            positive(maxFailures, duration, "lockout");
        }
    }

    public record AddressThrottle(
            @DefaultValue("20") int maxFailures,
            @DefaultValue("5m") Duration window) {

        public AddressThrottle {
            positive(maxFailures, window, "address-throttle");
        }
    }

    private static void positive(int maxFailures, Duration duration, String name) {
        if (maxFailures < 1 || duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(
                    "deputyflow.accounts." + name + " needs max-failures of at least 1 and a positive duration");
        }
    }
}
