package org.deputyflow.suggestion.reporting.domain;

/**
 * The motions (议案) submitted in a year, as the motion statistics count them: the council's
 * decisions by outcome whatever happened after (a converted motion is counted as not listed and
 * again as converted), the other counts by where the motions stand now.
 */
public record MotionFigures(long submitted, long putOnAgenda, long referredToCommittee, long notListed,
        long converted, long committeeReported, long awaitingSigners, long lapsed, long inFormCheck, long returned,
        long awaitingDecision) {
}
