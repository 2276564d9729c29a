package org.deputyflow.vote.domain;

import java.util.Objects;
import org.deputyflow.shared.Text;

/**
 * Turns counted ballots into an outcome. Satisfied if the satisfied ballots are more than one share
 * of the base; else basically satisfied if satisfied plus basically satisfied ballots are more than
 * the other share; else unsatisfied. "More than" is strict, so exactly the share falls to the lower
 * grade. The base is all members or the members present, as configured.
 */
public record TallyRule(ThresholdBase base, Fraction satisfiedShare, Fraction acceptableShare) {

    /** The rule most standing committees use: more than half of all members. */
    public static final TallyRule DEFAULT = new TallyRule(ThresholdBase.ALL_MEMBERS, Fraction.HALF, Fraction.HALF);

    public TallyRule {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(satisfiedShare, "satisfiedShare");
        Objects.requireNonNull(acceptableShare, "acceptableShare");
    }

    public Decision decide(int electorate, int present, Tally tally) {
        if (present > electorate || tally.cast() > present) {
            throw new IllegalArgumentException("more present than members, or more ballots than members present: "
                    + electorate + "/" + present + "/" + tally.cast());
        }
        int baseSize = base.sizeOf(electorate, present);
        int acceptable = tally.satisfied() + tally.basicallySatisfied();
        Outcome outcome;
        if (satisfiedShare.isExceededBy(tally.satisfied(), baseSize)) {
            outcome = Outcome.SATISFIED;
        } else if (acceptableShare.isExceededBy(acceptable, baseSize)) {
            outcome = Outcome.BASICALLY_SATISFIED;
        } else {
            outcome = Outcome.UNSATISFIED;
        }
        return new Decision(
                outcome,
                this,
                baseSize,
                satisfiedShare.smallestCountAbove(baseSize),
                acceptableShare.smallestCountAbove(baseSize),
                explain(outcome, baseSize, tally.satisfied(), acceptable));
    }

    private Text explain(Outcome outcome, int baseSize, int satisfied, int acceptable) {
        return Text.of(
                "text.vote.rule.explanation",
                base.label(),
                baseSize,
                satisfiedShare.toString(),
                acceptableShare.toString(),
                satisfied,
                acceptable,
                outcome.label());
    }
}
