package org.deputyflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailRetryPolicyTests {

    final MailRetryPolicy policy = new MailRetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void the_delay_doubles_after_each_failure_up_to_the_longest() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.nextAttempt(2, Instant.parse("2026-03-02T01:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-02T01:02:00Z"));
    }

    @Test
    void a_mail_is_given_up_after_the_last_attempt() {
        assertThat(policy.exhausted(7)).isFalse();
        assertThat(policy.exhausted(8)).isTrue();
    }

    @Test
    void settings_that_make_no_sense_are_refused_at_start() {
        assertThatThrownBy(() -> new MailRetryPolicy(0, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailRetryPolicy(3, Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MailRetryPolicy(3, Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
