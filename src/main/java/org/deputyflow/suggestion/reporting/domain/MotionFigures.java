package org.deputyflow.suggestion.reporting.domain;

/**
 * The motions (议案) submitted in a year, as the motion statistics count them: the council's
 * decisions by outcome whatever happened after (a converted motion is counted as not listed and
 * again as converted), the other counts by where the motions stand now. After listing: what the
 * meetings resolved, and the adopted motions whose implementation is reported, pending or overdue.
 */
public record MotionFigures(
        long submitted,
        long putOnAgenda,
        long referredToCommittee,
        long notListed,
        long converted,
        long committeeReported,
        long awaitingSigners,
        long lapsed,
        long inFormCheck,
        long returned,
        long awaitingDecision,
        long adoptedLaw,
        long adoptedDecision,
        long furtherStudy,
        long notAdopted,
        long implemented,
        long implementing,
        long implementationOverdue) {

    /** The figures of a year in which no motion got past its first decision. */
    public MotionFigures(
            long submitted,
            long putOnAgenda,
            long referredToCommittee,
            long notListed,
            long converted,
            long committeeReported,
            long awaitingSigners,
            long lapsed,
            long inFormCheck,
            long returned,
            long awaitingDecision) {
        this(
                submitted,
                putOnAgenda,
                referredToCommittee,
                notListed,
                converted,
                committeeReported,
                awaitingSigners,
                lapsed,
                inFormCheck,
                returned,
                awaitingDecision,
                0,
                0,
                0,
                0,
                0,
                0,
                0);
    }
}
