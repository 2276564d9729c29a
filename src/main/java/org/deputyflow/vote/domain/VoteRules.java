package org.deputyflow.vote.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** The configurable rules of satisfaction votes: quorum, tally rule and the time allowed to rectify. */
public record VoteRules(Quorum quorum, TallyRule tallyRule, Period rectificationPeriod) {

    public VoteRules {
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(tallyRule, "tallyRule");
        Objects.requireNonNull(rectificationPeriod, "rectificationPeriod");
        if (rectificationPeriod.isNegative() || rectificationPeriod.isZero()) {
            throw new IllegalArgumentException("the rectification period must be positive");
        }
    }

    /** The last day on which the department's rectification report is on time. */
    public LocalDate rectificationDue(LocalDate closedOn) {
        return closedOn.plus(rectificationPeriod);
    }
}
