package org.deputyflow.motion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.motion.domain.RecessRule.RecessSubmission;
import org.deputyflow.motion.domain.RecessRule.SessionDates;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.suggestion.domain.Period;
import org.junit.jupiter.api.Test;

class RecessRuleTests {

    static final SessionDates SESSION_2027 = new SessionDates(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 14));

    @Test
    void without_session_dates_the_deputys_choice_stands() {
        RecessRule allowed = new RecessRule(RecessSubmission.ALLOWED, List.of());
        assertThat(allowed.check(LocalDate.of(2027, 5, 1), Period.RECESS)).isEqualTo(Period.RECESS);
        assertThat(allowed.check(LocalDate.of(2027, 5, 1), Period.SESSION)).isEqualTo(Period.SESSION);
    }

    @Test
    void with_session_dates_the_day_decides_both_ends_included() {
        RecessRule rule = new RecessRule(RecessSubmission.ALLOWED, List.of(SESSION_2027));
        assertThat(rule.check(LocalDate.of(2027, 1, 10), Period.RECESS)).isEqualTo(Period.SESSION);
        assertThat(rule.check(LocalDate.of(2027, 1, 14), Period.RECESS)).isEqualTo(Period.SESSION);
        assertThat(rule.check(LocalDate.of(2027, 1, 9), Period.SESSION)).isEqualTo(Period.RECESS);
        assertThat(rule.check(LocalDate.of(2027, 1, 15), Period.SESSION)).isEqualTo(Period.RECESS);
    }

    @Test
    void a_refused_recess_refuses_recess_motions_only() {
        RecessRule refused = new RecessRule(RecessSubmission.REFUSED, List.of(SESSION_2027));
        assertThat(refused.check(LocalDate.of(2027, 1, 12), Period.RECESS)).isEqualTo(Period.SESSION);
        assertThatThrownBy(() -> refused.check(LocalDate.of(2027, 1, 15), Period.SESSION))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("error.motion.recessToday")
                .hasMessageContaining("2027-01-15");
        RecessRule refusedByChoice = new RecessRule(RecessSubmission.REFUSED, null);
        assertThat(refusedByChoice.check(LocalDate.of(2027, 5, 1), Period.SESSION))
                .isEqualTo(Period.SESSION);
        assertThatThrownBy(() -> refusedByChoice.check(LocalDate.of(2027, 5, 1), Period.RECESS))
                .isInstanceOf(ConflictException.class)
                .extracting("code")
                .isEqualTo("error.motion.recess");
    }

    @Test
    void the_default_allows_the_recess_and_a_session_needs_an_end_after_its_start() {
        assertThat(new RecessRule(null, null).check(LocalDate.of(2027, 5, 1), Period.RECESS))
                .isEqualTo(Period.RECESS);
        assertThatThrownBy(() -> new SessionDates(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
