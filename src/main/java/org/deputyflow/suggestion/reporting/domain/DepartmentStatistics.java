package org.deputyflow.suggestion.reporting.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ResultClass;

/**
 * How one department handled the assignments it received in a period (办理情况统计).
 * <p>
 * The solved rate (A-class share of replies) stands beside the satisfaction rate (satisfied and
 * basically satisfied share of evaluated results), so that a department cannot look good on
 * ratings alone when deputies are pressed into rating "satisfied" (被满意).
 *
 * @param assigned the department's assignments in the period, in any role; reassigned ones are not its own
 * @param replied assignments whose signed-off reply reached the deputy (the first one, even after re-handling)
 * @param overdueNow replies owed and past their due date today
 * @param extensions approved extension requests
 * @param resultClasses the class of each replied assignment's latest signed-off reply
 * @param evaluated assignments with at least one evaluation; ratings are those of the final round
 * @param notEvaluated replying assignments of suggestions that staff closed as not evaluated, never counted as satisfied
 * @param opinionsLate co-unit opinions that staff waived after their due date, or still owed past it today
 */
public record DepartmentStatistics(
        Department department,
        long assigned,
        long assignedAsLead,
        long assignedAsCoUnit,
        long replied,
        long repliedOnTime,
        long repliedLate,
        long overdueNow,
        long extensions,
        Map<ResultClass, Long> resultClasses,
        long evaluated,
        Map<Rating, Long> attitude,
        Map<Rating, Long> result,
        long notEvaluated,
        long opinionsLate,
        Share solvedRate,
        Share satisfactionRate) {

    public record Department(long id, String code, String name) {}

    /** The counts as the database aggregates them; rates and totals follow from them. */
    public record Counts(
            long assigned,
            long assignedAsLead,
            long replied,
            long repliedOnTime,
            long repliedLate,
            long overdueNow,
            long extensions,
            Map<ResultClass, Long> resultClasses,
            Map<Rating, Long> attitude,
            Map<Rating, Long> result,
            long notEvaluated,
            long opinionsLate) {}

    public static DepartmentStatistics of(Department department, Counts counts) {
        Map<ResultClass, Long> classes = complete(ResultClass.class, counts.resultClasses());
        Map<Rating, Long> attitude = complete(Rating.class, counts.attitude());
        Map<Rating, Long> result = complete(Rating.class, counts.result());
        long evaluated = result.values().stream().mapToLong(Long::longValue).sum();
        long satisfied = result.get(Rating.SATISFIED) + result.get(Rating.BASICALLY_SATISFIED);
        return new DepartmentStatistics(
                department,
                counts.assigned(),
                counts.assignedAsLead(),
                counts.assigned() - counts.assignedAsLead(),
                counts.replied(),
                counts.repliedOnTime(),
                counts.repliedLate(),
                counts.overdueNow(),
                counts.extensions(),
                classes,
                evaluated,
                attitude,
                result,
                counts.notEvaluated(),
                counts.opinionsLate(),
                Share.of(classes.get(ResultClass.A), counts.replied()),
                Share.of(satisfied, evaluated));
    }

    /** Every level present, in declaration order, so that a report always shows all of them. */
    private static <E extends Enum<E>> Map<E, Long> complete(Class<E> type, Map<E, Long> counts) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E level : type.getEnumConstants()) {
            all.put(level, counts.getOrDefault(level, 0L));
        }
        return Collections.unmodifiableMap(all);
    }
}
