package org.deputyflow.vote.domain;

/** The counted ballots of one vote. */
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
        return new Tally(choice == Choice.SATISFIED ? 1 : 0, choice == Choice.BASICALLY_SATISFIED ? 1 : 0,
                choice == Choice.UNSATISFIED ? 1 : 0, choice == Choice.INVALID ? 1 : 0);
    }
}
