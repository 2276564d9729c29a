package org.deputyflow.calendar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.calendar.domain.CalendarEntry;

@Mapper
public interface CalendarMapper {

    /** The exceptions from {@code from} to {@code to}, both included, sorted by date. */
    List<CalendarEntry> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    int deleteBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** {@code entries} must not be empty. */
    void insertAll(@Param("entries") List<CalendarEntry> entries);

    long countDays();

    /**
     * Stamps the year as replaced and holds its row lock until the transaction ends, so that two
     * replacements of one year follow each other instead of mixing; 0 when the year has no row yet.
     */
    int touchYear(@Param("year") int year, @Param("at") Instant at, @Param("by") String by);

    void insertYear(@Param("year") int year, @Param("at") Instant at, @Param("by") String by);
}
