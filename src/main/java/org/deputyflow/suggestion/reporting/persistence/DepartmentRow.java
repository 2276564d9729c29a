package org.deputyflow.suggestion.reporting.persistence;

import java.util.Map;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ResultClass;
import org.deputyflow.suggestion.reporting.domain.DepartmentStatistics;

/** One department's aggregated counts, a column per count as the GROUP BY returns them. */
public record DepartmentRow(
        long departmentId,
        String departmentCode,
        String departmentName,
        long assigned,
        long assignedAsLead,
        long replied,
        long repliedOnTime,
        long repliedLate,
        long overdueNow,
        long extensions,
        long classA,
        long classB,
        long classC,
        long classD,
        long attitudeSatisfied,
        long attitudeBasicallySatisfied,
        long attitudeUnsatisfied,
        long resultSatisfied,
        long resultBasicallySatisfied,
        long resultUnsatisfied,
        long notEvaluated,
        long opinionsLate) {

    public DepartmentStatistics toStatistics() {
        return DepartmentStatistics.of(
                new DepartmentStatistics.Department(departmentId, departmentCode, departmentName),
                new DepartmentStatistics.Counts(
                        assigned,
                        assignedAsLead,
                        replied,
                        repliedOnTime,
                        repliedLate,
                        overdueNow,
                        extensions,
                        Map.of(
                                ResultClass.A,
                                classA,
                                ResultClass.B,
                                classB,
                                ResultClass.C,
                                classC,
                                ResultClass.D,
                                classD),
                        Map.of(
                                Rating.SATISFIED,
                                attitudeSatisfied,
                                Rating.BASICALLY_SATISFIED,
                                attitudeBasicallySatisfied,
                                Rating.UNSATISFIED,
                                attitudeUnsatisfied),
                        Map.of(
                                Rating.SATISFIED,
                                resultSatisfied,
                                Rating.BASICALLY_SATISFIED,
                                resultBasicallySatisfied,
                                Rating.UNSATISFIED,
                                resultUnsatisfied),
                        notEvaluated,
                        opinionsLate));
    }
}
