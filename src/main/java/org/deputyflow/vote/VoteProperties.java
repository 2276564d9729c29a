package org.deputyflow.vote;

import java.time.Period;
import org.deputyflow.vote.domain.Fraction;
import org.deputyflow.vote.domain.Quorum;
import org.deputyflow.vote.domain.TallyRule;
import org.deputyflow.vote.domain.ThresholdBase;
import org.deputyflow.vote.domain.VoteRules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vote's rules as a city or province configures them under {@code deputyflow.vote}. Shares are
 * written as fractions ("1/2", "2/3") or decimals ("0.5"); every threshold is "more than".
 *
 * @param quorum share of all members that must be present before the vote opens
 * @param thresholdBase whether the thresholds are shares of all members or of the members present
 * @param satisfiedThreshold share of satisfied ballots above which the outcome is satisfied
 * @param basicallySatisfiedThreshold share of satisfied plus basically satisfied ballots above which the
 *        outcome is basically satisfied
 * @param rectificationPeriod how long a department has for its rectification report
 * @param ballotBatch the fewest ballots added to the counters in one write: choices are held in memory
 *        until twice this many are waiting, then this many or more, drawn at random, are counted together,
 *        and the rest at the close
 * @param minPaperBatch the fewest members a paper ballot box may be entered for, so that its counts never
 *        tell one member's choice
 */
@ConfigurationProperties("deputyflow.vote")
record VoteProperties(
        @DefaultValue("1/2") String quorum,
        @DefaultValue("ALL_MEMBERS") ThresholdBase thresholdBase,
        @DefaultValue("1/2") String satisfiedThreshold,
        @DefaultValue("1/2") String basicallySatisfiedThreshold,
        @DefaultValue("P3M") Period rectificationPeriod,
        @DefaultValue("5") int ballotBatch,
        @DefaultValue("3") int minPaperBatch) {

    /** Reads the rules once, so that a wrong value stops the start instead of the first vote. */
    VoteProperties {
        rules(quorum, thresholdBase, satisfiedThreshold, basicallySatisfiedThreshold, rectificationPeriod);
        if (ballotBatch < 1) {
            throw new IllegalArgumentException("deputyflow.vote.ballot-batch must be at least 1, not " + ballotBatch);
        }
        if (minPaperBatch < 2) {
            throw new IllegalArgumentException("deputyflow.vote.min-paper-batch must be at least 2, not "
                    + minPaperBatch + ": the counts of a single paper tell its member's choice");
        }
    }

    VoteRules rules() {
        return rules(quorum, thresholdBase, satisfiedThreshold, basicallySatisfiedThreshold, rectificationPeriod);
    }

    private static VoteRules rules(
            String quorum, ThresholdBase base, String satisfied, String acceptable, Period period) {
        return new VoteRules(
                new Quorum(Fraction.parse(quorum)),
                new TallyRule(base, Fraction.parse(satisfied), Fraction.parse(acceptable)),
                period);
    }
}
