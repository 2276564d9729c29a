package org.deputyflow.suggestion.reporting.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.suggestion.reporting.domain.FollowUpFigures;
import org.deputyflow.suggestion.reporting.domain.FollowUpStatistics;
import org.deputyflow.suggestion.reporting.domain.SuggestionCount;

@Mapper
public interface ReportingMapper {

    /** Call only when {@link OverdueSearch#any()}: a search without clocks has no SQL. */
    long countOverdue(@Param("q") OverdueSearch search);

    /** Most overdue first: the earliest due date, then suggestion, clock and assignment, so pages do not overlap. */
    List<OverdueRow> searchOverdue(
            @Param("q") OverdueSearch search, @Param("offset") long offset, @Param("limit") int limit);

    /** Departments with at least one assignment in the period, by department code. */
    List<DepartmentRow> departmentStatistics(@Param("q") StatisticsQuery query);

    /** The sum of {@link #departmentStatistics} over every department, as one row with department id 0. */
    DepartmentRow handlingTotals(@Param("q") StatisticsQuery query);

    /** Per department, the follow-ups started in the period and where they stand. */
    List<FollowUpStatistics> followUpStatistics(@Param("q") FollowUpQuery query);

    /** The same counts over every department, as one row with department id 0. */
    FollowUpStatistics followUpTotals(@Param("q") FollowUpQuery query);

    /** The suggestions submitted in the period, by status, period and category. */
    List<SuggestionCount> suggestionCounts(@Param("from") Instant from, @Param("until") Instant until);

    /** The follow-up reports written in the period. */
    FollowUpFigures followUps(@Param("from") Instant from, @Param("until") Instant until);
}
