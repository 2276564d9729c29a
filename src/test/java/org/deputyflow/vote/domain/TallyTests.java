package org.deputyflow.vote.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TallyTests {

    @Test
    void a_draw_takes_ballots_that_are_there_and_leaves_the_rest() {
        Tally box = new Tally(3, 1, 0, 2);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 200; i++) {
            Tally drawn = box.draw(4, random);
            assertThat(drawn.cast()).isEqualTo(4);
            assertThat(drawn.unsatisfied()).isZero();
            assertThat(box.minus(drawn).plus(drawn)).isEqualTo(box);
        }
        assertThat(box.draw(6, random)).isEqualTo(box);
        assertThat(box.draw(0, random)).isEqualTo(Tally.EMPTY);
    }

    @Test
    void every_ballot_can_be_drawn_so_the_draw_follows_no_order() {
        Tally box = new Tally(1, 1, 1, 1);
        SplittableRandom random = new SplittableRandom(7);
        Set<Tally> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(box.draw(1, random));
        }
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        Tally.of(Choice.SATISFIED),
                        Tally.of(Choice.BASICALLY_SATISFIED),
                        Tally.of(Choice.UNSATISFIED),
                        Tally.of(Choice.INVALID));
    }

    @Test
    void more_than_the_box_holds_cannot_be_drawn_or_taken_away() {
        Tally box = new Tally(1, 0, 0, 0);
        assertThatIllegalArgumentException().isThrownBy(() -> box.draw(2, new SplittableRandom(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> box.minus(Tally.of(Choice.INVALID)));
    }
}
