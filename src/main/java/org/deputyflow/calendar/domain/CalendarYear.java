package org.deputyflow.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deputyflow.shared.Text;

/**
 * The dated exceptions of one calendar year, sorted by date.
 * <p>
 * Every entry must change the day it names: a HOLIDAY lies on a Monday to Friday and a
 * MAKEUP_WORKDAY on a Saturday or Sunday. The official notice also lists the weekend days inside
 * a holiday week (春节 2月15日–23日 includes two weekends), but those are days off anyway; refusing
 * them catches the costly typo of a make-up Saturday entered as a holiday.
 */
public final class CalendarYear {

    /** Code points; the column holds twice as many, so 4-byte characters such as 𠮷 fit too. */
    public static final int MAX_NAME_LENGTH = 30;

    private final int year;
    private final List<CalendarEntry> entries;
    private final Map<LocalDate, DayKind> kinds;

    private CalendarYear(int year, List<CalendarEntry> entries) {
        this.year = year;
        List<CalendarEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(CalendarEntry::date));
        this.entries = List.copyOf(sorted);
        Map<LocalDate, DayKind> byDate = new HashMap<>();
        for (CalendarEntry entry : sorted) {
            if (entry.date().getYear() != year || byDate.put(entry.date(), entry.kind()) != null) {
                throw new IllegalArgumentException(entry.date() + " is outside " + year + " or repeated");
            }
        }
        this.kinds = Map.copyOf(byDate);
    }

    /**
     * Checks what an admin entered for the year: every entry complete, inside the year, named, on
     * a day it changes, and no date twice. Reports every broken entry by its index in {@code entries}.
     */
    public static CalendarYear of(int year, List<CalendarEntry> entries) {
        List<InvalidCalendarException.Violation> violations = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Text problem = problemOf(year, entries.get(i), seen);
            if (problem != null) {
                violations.add(new InvalidCalendarException.Violation(i, problem));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCalendarException(violations);
        }
        return new CalendarYear(year, entries);
    }

    /**
     * A year as stored: it was checked when it was written, and a rule broken later by a hand-made
     * change in the database must not stop every due date from being computed.
     */
    public static CalendarYear stored(int year, List<CalendarEntry> entries) {
        return new CalendarYear(year, entries);
    }

    public static CalendarYear empty(int year) {
        return new CalendarYear(year, List.of());
    }

    private static Text problemOf(int year, CalendarEntry entry, Set<LocalDate> seen) {
        LocalDate date = entry.date();
        if (date == null) {
            return Text.of("error.calendar.entry.dateRequired");
        }
        String day = date.toString();
        if (date.getYear() != year) {
            return Text.of("error.calendar.entry.outsideYear", day, String.valueOf(year));
        }
        if (!seen.add(date)) {
            return Text.of("error.calendar.entry.repeated", day);
        }
        if (entry.kind() == null) {
            return Text.of("error.calendar.entry.kindRequired", day);
        }
        Text weekday = Text.of("label.calendar.weekday." + date.getDayOfWeek().name());
        boolean weekend = WorkingDayCalendar.isWeekend(date);
        if (entry.kind() == DayKind.HOLIDAY && weekend) {
            return Text.of("error.calendar.entry.holidayOnWeekend", day, weekday);
        }
        if (entry.kind() == DayKind.MAKEUP_WORKDAY && !weekend) {
            return Text.of("error.calendar.entry.makeUpOnWorkday", day, weekday);
        }
        String name = entry.name();
        if (name == null || name.isEmpty()) {
            return Text.of("error.calendar.entry.nameRequired", day);
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            return Text.of("error.calendar.entry.nameTooLong", day, MAX_NAME_LENGTH);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Text.of("error.calendar.entry.nameControl", day);
        }
        return null;
    }

    public int year() {
        return year;
    }

    /** Sorted by date. */
    public List<CalendarEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public Optional<DayKind> kindOn(LocalDate date) {
        return Optional.ofNullable(kinds.get(date));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarYear that && year == that.year && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return 31 * year + entries.hashCode();
    }

    @Override
    public String toString() {
        return "CalendarYear[" + year + ", " + entries + "]";
    }
}
