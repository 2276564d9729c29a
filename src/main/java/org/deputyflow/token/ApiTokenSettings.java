package org.deputyflow.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of personal API tokens, configurable under {@code deputyflow.api-tokens}.
 *
 * @param maxDays the longest validity a token may be issued for, in days
 * @param defaultDays the validity of a token issued without {@code days}
 * @param lastUsedInterval how stale a token's "last used" may get before a call writes it again:
 *        a write per call would cost more than the call's authentication itself
 */
@ConfigurationProperties("deputyflow.api-tokens")
public record ApiTokenSettings(
        @DefaultValue("90") int maxDays,
        @DefaultValue("30") int defaultDays,
        @DefaultValue("1m") Duration lastUsedInterval) {

    public ApiTokenSettings {
        if (maxDays < 1 || defaultDays < 1 || defaultDays > maxDays) {
            throw new IllegalArgumentException("deputyflow.api-tokens: need 1 <= default-days <= max-days, not "
                    + defaultDays + " and " + maxDays);
        }
        if (lastUsedInterval.isNegative()) {
            throw new IllegalArgumentException("deputyflow.api-tokens.last-used-interval must not be negative");
        }
    }
}
