package org.deputyflow.suggestion.reporting.persistence;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReportingMapper {

    /** Call only when {@link OverdueSearch#any()}: a search without clocks has no SQL. */
    long countOverdue(@Param("q") OverdueSearch search);

    /** Most overdue first: the earliest due date, then suggestion, clock and assignment, so pages do not overlap. */
    List<OverdueRow> searchOverdue(@Param("q") OverdueSearch search, @Param("offset") long offset,
            @Param("limit") int limit);

    /** Departments with at least one assignment in the period, by department code. */
    List<DepartmentRow> departmentStatistics(@Param("q") StatisticsQuery query);
}
