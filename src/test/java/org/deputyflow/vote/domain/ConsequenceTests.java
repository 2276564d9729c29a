package org.deputyflow.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsequenceTests {

    @ParameterizedTest(name = "{0} after an unsatisfied vote: {1} -> {2}")
    @CsvSource({
        "SATISFIED, false, NONE",
        "SATISFIED, true, NONE",
        "BASICALLY_SATISFIED, false, RECTIFICATION_REPORT",
        "BASICALLY_SATISFIED, true, RECTIFICATION_REPORT",
        "UNSATISFIED, false, RECTIFY_AND_VOTE_AGAIN",
        "UNSATISFIED, true, FORMAL_INQUIRY"
    })
    void a_second_unsatisfied_in_a_row_means_a_formal_inquiry(
            Outcome outcome, boolean previousUnsatisfied, Consequence consequence) {
        assertThat(Consequence.of(outcome, previousUnsatisfied)).isEqualTo(consequence);
    }
}
