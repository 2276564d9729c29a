package org.deputyflow.calendar.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Calendars for the tests: the shipped 2026 file, and 2027's New Year's Day for year boundaries. */
final class Calendars {

    private Calendars() {}

    static CalendarYear shipped2026() {
        try (InputStream in = Calendars.class.getClassLoader().getResourceAsStream("db/calendar/2026.csv")) {
            List<CalendarEntry> entries = CalendarCsv.parse(in.readAllBytes()).stream()
                    .map(CalendarCsv.Line::entry)
                    .toList();
            return CalendarYear.of(2026, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CalendarYear newYear2027() {
        return CalendarYear.of(2027, List.of(new CalendarEntry(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦")));
    }

    static WorkingDayCalendar china() {
        return WorkingDayCalendar.of(List.of(shipped2026(), newYear2027()));
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
