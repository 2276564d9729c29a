package org.deputyflow.calendar.domain;

import java.time.LocalDate;

/**
 * One dated exception as an admin entered it, e.g. 2026-02-14, MAKEUP_WORKDAY, 春节调休上班.
 * Any field may still be missing or wrong here: {@link CalendarYear#of} checks the entries of a
 * year together and names every broken one, which a constructor that throws at the first could not.
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name) {

    public CalendarEntry {
        name = name == null ? null : name.strip();
    }
}
