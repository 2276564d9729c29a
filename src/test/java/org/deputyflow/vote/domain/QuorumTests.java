package org.deputyflow.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuorumTests {

    @ParameterizedTest(name = "{1} of {0} present: quorum {2}")
    @CsvSource({
        // exactly half is no quorum; half plus one is
        "36, 18, false", "36, 19, true",
        "35, 17, false", "35, 18, true",
        "10, 5, false", "10, 6, true",
        "35, 0, false", "35, 35, true",
        // no members, no vote
        "0, 0, false"
    })
    void a_quorum_is_more_than_half_of_all_members(int members, int present, boolean quorate) {
        Quorum quorum = new Quorum(Fraction.HALF);

        assertThat(quorum.isMet(members, present)).isEqualTo(quorate);
        if (members > 0) {
            assertThat(present >= quorum.smallestAttendance(members)).isEqualTo(quorate);
        }
    }

    @ParameterizedTest(name = "{1} of {0} present with a two-thirds quorum: {2}")
    @CsvSource({"30, 20, false", "30, 21, true"})
    void the_quorum_share_is_configurable(int members, int present, boolean quorate) {
        assertThat(new Quorum(Fraction.parse("2/3")).isMet(members, present)).isEqualTo(quorate);
    }
}
