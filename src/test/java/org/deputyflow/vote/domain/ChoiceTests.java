package org.deputyflow.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceTests {

    @Test
    void the_three_grades_are_read_exactly() {
        assertThat(Choice.read("SATISFIED")).isEqualTo(Choice.SATISFIED);
        assertThat(Choice.read("BASICALLY_SATISFIED")).isEqualTo(Choice.BASICALLY_SATISFIED);
        assertThat(Choice.read("UNSATISFIED")).isEqualTo(Choice.UNSATISFIED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "INVALID", "satisfied", "SATISFIED,UNSATISFIED", "ABSTAIN", "满意"})
    void anything_else_is_an_invalid_ballot(String marked) {
        assertThat(Choice.read(marked)).isEqualTo(Choice.INVALID);
    }

    @Test
    void one_ballot_adds_exactly_one_to_one_counter() {
        for (Choice choice : Choice.values()) {
            assertThat(Tally.of(choice).cast()).isEqualTo(1);
        }
        assertThat(Tally.of(Choice.BASICALLY_SATISFIED)).isEqualTo(new Tally(0, 1, 0, 0));
        assertThat(Tally.of(Choice.INVALID)).isEqualTo(new Tally(0, 0, 0, 1));
    }
}
