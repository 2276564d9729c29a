package org.deputyflow.vote.domain;

import java.util.random.RandomGenerator;

/** Ballots as counts of each choice: the counted ballots of one vote, or a batch of them. */
public record Tally(int satisfied, int basicallySatisfied, int unsatisfied, int invalid) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0);

    public Tally {
        if (satisfied < 0 || basicallySatisfied < 0 || unsatisfied < 0 || invalid < 0) {
            throw new IllegalArgumentException("ballot counts cannot be negative");
        }
    }

    public int cast() {
        return satisfied + basicallySatisfied + unsatisfied + invalid;
    }

    public int valid() {
        return satisfied + basicallySatisfied + unsatisfied;
    }

    /** One ballot as the counters it adds to: exactly one of the four is 1. */
    public static Tally of(Choice choice) {
        return new Tally(
                choice == Choice.SATISFIED ? 1 : 0,
                choice == Choice.BASICALLY_SATISFIED ? 1 : 0,
                choice == Choice.UNSATISFIED ? 1 : 0,
                choice == Choice.INVALID ? 1 : 0);
    }

    public Tally plus(Tally other) {
        return new Tally(
                satisfied + other.satisfied,
                basicallySatisfied + other.basicallySatisfied,
                unsatisfied + other.unsatisfied,
                invalid + other.invalid);
    }

    /** @throws IllegalArgumentException if {@code other} holds a ballot this does not */
    public Tally minus(Tally other) {
        return new Tally(
                satisfied - other.satisfied,
                basicallySatisfied - other.basicallySatisfied,
                unsatisfied - other.unsatisfied,
                invalid - other.invalid);
    }

    /**
     * Draws {@code count} of these ballots at random, each ballot as likely as any other, as a hand
     * would draw papers from a shaken box.
     */
    public Tally draw(int count, RandomGenerator random) {
        if (count < 0 || count > cast()) {
            throw new IllegalArgumentException("cannot draw " + count + " of " + cast() + " ballots");
        }
        int[] left = {satisfied, basicallySatisfied, unsatisfied, invalid};
        int[] drawn = new int[4];
        int remaining = cast();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(remaining--);
            int kind = 0;
            while (pick >= left[kind]) {
                pick -= left[kind++];
            }
            left[kind]--;
            drawn[kind]++;
        }
        return new Tally(drawn[0], drawn[1], drawn[2], drawn[3]);
    }
}
