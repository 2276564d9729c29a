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
 * @param committeeReported referred, the committee's report recorded, the council's second decision pending
 * @param converted not listed, then converted into a suggestion
 * @param recommended the special committees' recommendations, by recommendation
 * @param secondDecided the council's second decisions after a committee report, by decision
 * @param onAgenda on the agenda, the meeting's outcome not yet recorded
 * @param meetingOutcomes what the meetings resolved, by outcome
 * @param implementing adopted, the implementation report not yet in
 * @param implementationOverdue of {@code implementing}, past the report's due date
 * @param implemented adopted, and the implementation reported
 * @param deliberated deliberated and left for further study or not adopted
 */
public record MotionStatistics(
        LocalDate from,
        LocalDate to,
        long submitted,
        long awaitingSigners,
        long lapsed,
        long inFormCheck,
        long returned,
        long awaitingDecision,
        Map<DecisionOutcome, Long> decided,
        long awaitingReport,
        long committeeReported,
        long converted,
        Map<AgendaDecision, Long> recommended,
        Map<AgendaDecision, Long> secondDecided,
        long onAgenda,
        Map<MeetingOutcome, Long> meetingOutcomes,
        long implementing,
        long implementationOverdue,
        long implemented,
        long deliberated) {

    public static MotionStatistics of(LocalDate from, LocalDate to, List<MotionCount> counts) {
        return of(from, to, counts, List.of());
    }

    /** Folds the database's counts per status and decision, and per step after the decision, into the report. */
    public static MotionStatistics of(
            LocalDate from, LocalDate to, List<MotionCount> counts, List<MotionListingCount> listing) {
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
        Map<AgendaDecision, Long> recommended = zeros(AgendaDecision.class, AgendaDecision.values());
        Map<AgendaDecision, Long> secondDecided = zeros(AgendaDecision.class, AgendaDecision.values());
        Map<MeetingOutcome, Long> meetingOutcomes = zeros(MeetingOutcome.class, MeetingOutcome.values());
        long overdue = 0;
        for (MotionListingCount c : listing) {
            if (c.committeeRecommendation() != null) {
                recommended.merge(c.committeeRecommendation(), c.count(), Long::sum);
            }
            if (c.secondDecision() != null) {
                secondDecided.merge(c.secondDecision(), c.count(), Long::sum);
            }
            if (c.meetingOutcome() != null) {
                meetingOutcomes.merge(c.meetingOutcome(), c.count(), Long::sum);
            }
            if (c.implementationOverdue()) {
                overdue += c.count();
            }
        }
        return new MotionStatistics(
                from,
                to,
                submitted,
                get(byStatus, MotionStatus.AWAITING_SIGNERS),
                get(byStatus, MotionStatus.LAPSED),
                get(byStatus, MotionStatus.FORM_CHECK),
                get(byStatus, MotionStatus.RETURNED),
                get(byStatus, MotionStatus.AWAITING_DECISION),
                Collections.unmodifiableMap(decided),
                get(byStatus, MotionStatus.REFERRED),
                get(byStatus, MotionStatus.COMMITTEE_REPORTED),
                get(byStatus, MotionStatus.CONVERTED),
                Collections.unmodifiableMap(recommended),
                Collections.unmodifiableMap(secondDecided),
                get(byStatus, MotionStatus.ON_AGENDA),
                Collections.unmodifiableMap(meetingOutcomes),
                get(byStatus, MotionStatus.IMPLEMENTING),
                overdue,
                get(byStatus, MotionStatus.IMPLEMENTED),
                get(byStatus, MotionStatus.DELIBERATED));
    }

    /**
     * Referred motions whose committee report is in, wherever they went after: the report is the only
     * way out of REFERRED.
     */
    public long committeeReportsIn() {
        return decided.get(DecisionOutcome.REFER_TO_COMMITTEE) - awaitingReport;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type, E[] values) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : values) {
            map.put(value, 0L);
        }
        return map;
    }

    private static long get(Map<MotionStatus, Long> byStatus, MotionStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
