package org.deputyflow.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days and calendar months: Monday to Friday are working days and Saturday and Sunday
 * are not, except where a year's exceptions say otherwise (a HOLIDAY or a MAKEUP_WORKDAY).
 * <p>
 * The exceptions are asked for one year at a time, only for the years a computation touches, so
 * a caller can keep them wherever it likes (a map in a test, a cache over the database).
 * <p>
 * Conventions, the same in every method: the start date is never counted, and a result counts
 * the days after {@code from} up to and including {@code to}.
 */
public final class WorkingDayCalendar {

    /**
     * Where the exceptions of a year come from; a year without any gives an empty
     * {@link CalendarYear}, never null.
     */
    @FunctionalInterface
    public interface Years {
        CalendarYear of(int year);
    }

    /**
     * The largest number of working days one call may add (about 40 years): the legal clocks are
     * tens of days, and a limit keeps a wrong argument from walking for minutes.
     */
    public static final int MAX_WORKING_DAYS = 10_000;

    private final Years years;

    public WorkingDayCalendar(Years years) {
        this.years = years;
    }

    /** A calendar with these years' exceptions; every other year follows the weekend rule alone. */
    public static WorkingDayCalendar of(Collection<CalendarYear> known) {
        Map<Integer, CalendarYear> byYear = new HashMap<>();
        known.forEach(year -> byYear.put(year.year(), year));
        return new WorkingDayCalendar(year -> byYear.getOrDefault(year, CalendarYear.empty(year)));
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return years.of(date.getYear())
                .kindOn(date)
                .map(kind -> kind == DayKind.MAKEUP_WORKDAY)
                .orElseGet(() -> !isWeekend(date));
    }

    /**
     * The {@code n}-th working day after {@code start}, the start itself not counted: from a Friday
     * one working day is the next Monday, from a Saturday too. {@code n = 0} returns {@code start}
     * unchanged, even when it is a day off. A negative {@code n} counts back: the {@code |n|}-th
     * working day before {@code start}.
     *
     * @throws IllegalArgumentException if {@code |n|} exceeds {@link #MAX_WORKING_DAYS}
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (Math.abs((long) n) > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("at most " + MAX_WORKING_DAYS + " working days, not " + n);
        }
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * {@code date} plus whole calendar months, as a due date "3 months after assignment" reads:
     * the same day of the month, or the month's last day where that day does not exist
     * (31 January + 1 month = 28 February, or 29 in a leap year). Holidays do not move it.
     */
    public LocalDate addMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /**
     * The working days after {@code from} up to and including {@code to}: from a Friday to the
     * next Monday is 1, from a date to itself 0. When {@code to} is before {@code from} the result
     * is the negated count the other way round, so that
     * {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}. For every {@code n >= 0},
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code date} if it is a working day, else the first working day after it: where a period
     * ends on a day off, Chinese procedure moves its end to the next working day.
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, 1);
    }
}
