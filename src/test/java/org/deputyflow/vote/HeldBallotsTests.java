package org.deputyflow.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Optional;
import org.deputyflow.vote.domain.Choice;
import org.deputyflow.vote.domain.Tally;
import org.deputyflow.vote.domain.ThresholdBase;
import org.junit.jupiter.api.Test;

class HeldBallotsTests {

    static final long VOTE = 7;

    final HeldBallots held = new HeldBallots(
            new VoteProperties("1/2", ThresholdBase.ALL_MEMBERS, "1/2", "1/2", Period.ofMonths(3), 3, 3));

    @Test
    void choices_wait_until_twice_a_batch_then_all_but_one_batch_drawn_at_random_are_counted() {
        Choice[] cast = {Choice.SATISFIED, Choice.UNSATISFIED, Choice.SATISFIED, Choice.INVALID, Choice.SATISFIED};
        for (Choice choice : cast) {
            assertThat(held.hold(VOTE, Tally.of(choice))).isEmpty();
        }
        assertThat(held.waiting(VOTE)).isEqualTo(5);

        Optional<Tally> due = held.hold(VOTE, Tally.of(Choice.BASICALLY_SATISFIED));

        Tally all = new Tally(3, 1, 1, 1);
        assertThat(due).hasValueSatisfying(batch -> assertThat(batch.cast()).isEqualTo(3));
        assertThat(held.waiting(VOTE)).isEqualTo(3);
        Tally left = held.release(VOTE);
        assertThat(due.orElseThrow().plus(left)).isEqualTo(all);
        assertThat(held.waiting(VOTE)).isZero();
        assertThat(held.release(VOTE)).isEqualTo(Tally.EMPTY);
    }

    @Test
    void a_paper_box_that_passes_twice_the_batch_counts_all_but_one_batch() {
        held.hold(VOTE, Tally.of(Choice.SATISFIED));
        Optional<Tally> due = held.hold(VOTE, new Tally(4, 0, 3, 0));

        assertThat(due).hasValueSatisfying(batch -> assertThat(batch.cast()).isEqualTo(5));
        assertThat(held.waiting(VOTE)).isEqualTo(3);
        assertThat(due.orElseThrow().plus(held.release(VOTE))).isEqualTo(new Tally(5, 0, 3, 0));
    }

    @Test
    void what_a_failed_close_released_is_held_again_and_a_restart_forgets_everything() {
        held.hold(VOTE, new Tally(1, 1, 0, 0));
        Tally released = held.release(VOTE);
        held.hold(VOTE, Tally.of(Choice.INVALID));
        held.restore(VOTE, released);
        assertThat(held.release(VOTE)).isEqualTo(new Tally(1, 1, 0, 1));

        held.hold(VOTE, Tally.of(Choice.SATISFIED));
        held.forget(VOTE);
        assertThat(held.waiting(VOTE)).isZero();
    }

    @Test
    void a_ballot_and_a_close_of_the_same_vote_never_run_together() throws Exception {
        Thread other = new Thread(() -> held.exclusively(VOTE, () -> held.release(VOTE)));
        held.exclusively(VOTE, () -> {
            other.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (other.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            // the close waits for the ballot to be held, so it takes the choice with it
            assertThat(other.getState()).isEqualTo(Thread.State.WAITING);
            held.hold(VOTE, Tally.of(Choice.SATISFIED));
            return null;
        });
        other.join();
        assertThat(held.waiting(VOTE)).isZero();
    }
}
