package org.deputyflow.motion.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The motions submitted from {@code from} to {@code to} (both included) and where they stand.
 * {@code decided} counts the council's decisions by outcome whatever happened after, so a
 * converted motion is counted there as NOT_LISTED and again in {@code converted}; the other
 * counts split {@code submitted} by where the motions stand now.
 *
 * @param awaitingSigners still short of signers within their signing period
 * @param lapsed short of signers when the signing period ended
 * @param inFormCheck waiting for the staff's form check
 * @param returned failed the form check
 * @param awaitingDecision waiting for the council
 * @param awaitingReport referred to a special committee whose report is not in
 * @param committeeReported referred, and the committee's report recorded
 * @param converted not listed, then converted into a suggestion
 */
public record MotionStatistics(LocalDate from, LocalDate to, long submitted, long awaitingSigners, long lapsed,
        long inFormCheck, long returned, long awaitingDecision, Map<DecisionOutcome, Long> decided,
        long awaitingReport, long committeeReported, long converted) {

    /** Folds the per status and outcome counts of the database into the report. */
    public static MotionStatistics of(LocalDate from, LocalDate to, List<MotionCount> counts) {
        Map<MotionStatus, Long> byStatus = new EnumMap<>(MotionStatus.class);
        Map<DecisionOutcome, Long> decided = new EnumMap<>(DecisionOutcome.class);
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            decided.put(outcome, 0L);
        }
        long submitted = 0;
        for (MotionCount c : counts) {
            submitted += c.count();
            byStatus.merge(c.status(), c.count(), Long::sum);
            if (c.outcome() != null) {
                decided.merge(c.outcome(), c.count(), Long::sum);
            }
        }
        return new MotionStatistics(from, to, submitted, get(byStatus, MotionStatus.AWAITING_SIGNERS),
                get(byStatus, MotionStatus.LAPSED), get(byStatus, MotionStatus.FORM_CHECK),
                get(byStatus, MotionStatus.RETURNED), get(byStatus, MotionStatus.AWAITING_DECISION),
                Collections.unmodifiableMap(decided), get(byStatus, MotionStatus.REFERRED),
                get(byStatus, MotionStatus.COMMITTEE_REPORTED), get(byStatus, MotionStatus.CONVERTED));
    }

    private static long get(Map<MotionStatus, Long> byStatus, MotionStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
