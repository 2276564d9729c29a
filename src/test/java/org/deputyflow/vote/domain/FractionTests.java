package org.deputyflow.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FractionTests {

    @Test
    void fractions_and_decimals_read_as_the_same_exact_share() {
        assertThat(Fraction.parse("1/2")).isEqualTo(Fraction.HALF);
        assertThat(Fraction.parse("0.5")).isEqualTo(Fraction.HALF);
        assertThat(Fraction.parse(" 2 / 4 ")).isEqualTo(Fraction.HALF);
        assertThat(Fraction.parse("2/3")).hasToString("2/3");
        assertThat(Fraction.parse("0.60")).isEqualTo(new Fraction(3, 5));
        assertThat(Fraction.parse("0")).isEqualTo(new Fraction(0, 1));
    }

    @Test
    void more_than_is_strict() {
        assertThat(Fraction.HALF.isExceededBy(5, 10)).isFalse();
        assertThat(Fraction.HALF.isExceededBy(6, 10)).isTrue();
        assertThat(Fraction.HALF.smallestCountAbove(10)).isEqualTo(6);
        assertThat(Fraction.HALF.smallestCountAbove(35)).isEqualTo(18);
        assertThat(Fraction.parse("2/3").smallestCountAbove(30)).isEqualTo(21);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3/2", "-1/2", "1/0", "half", "", "0.5.1"})
    void a_share_must_lie_below_one(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.parse(text));
    }
}
