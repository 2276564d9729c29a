package org.deputyflow.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.deputyflow.calendar.domain.CalendarYear;
import org.deputyflow.calendar.domain.WorkingDayCalendar;
import org.deputyflow.calendar.persistence.CalendarMapper;
import org.deputyflow.shared.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The only place in DeputyFlow that does date arithmetic: today's date, working days, calendar
 * months and the dates of instants, all in the configured zone ({@code deputyflow.zone}).
 * <p>
 * Conventions: a start date is never counted. {@code addWorkingDays(d, 0)} is {@code d}, even on a
 * day off; {@code addWorkingDays(friday, 1)} is the next working day, usually Monday.
 * {@code workingDaysBetween(from, to)} counts the working days after {@code from} up to and including
 * {@code to}, 0 when they are equal and negative when {@code to} is earlier.
 * <p>
 * A year's exceptions are read from the database the first time a computation touches that year
 * and kept until an admin replaces the year ({@link MaintainingCalendar}). The cache lives in this instance: a second
 * application instance would need to be told of a replacement.
 */
@Service
public class CalendarService {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private final CalendarMapper mapper;
    private final Clock clock;
    private final ZoneId zone;
    private final ConcurrentMap<Integer, CalendarYear> years = new ConcurrentHashMap<>();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(this::cachedYear);

    CalendarService(CalendarMapper mapper, Clock clock, CalendarProperties properties) {
        this.mapper = mapper;
        this.clock = clock;
        this.zone = properties.zone();
    }

    // ---- dates and instants ------------------------------------------------------------------

    public ZoneId zone() {
        return zone;
    }

    /** Today in the configured zone, by the application clock. */
    public LocalDate today() {
        return dateOf(clock.instant());
    }

    /** The date in the configured zone on which {@code instant} falls. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of {@code date} in the configured zone. */
    public Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /**
     * The end of {@code date} in the configured zone, exclusive: the first instant of the next day.
     * Something due on {@code date} is overdue from this instant on.
     */
    public Instant endOfDay(LocalDate date) {
        return startOfDay(date.plusDays(1));
    }

    // ---- arithmetic --------------------------------------------------------------------------

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code start} (not counting {@code start}); {@code n = 0}
     * gives {@code start}; a negative {@code n} counts back. See {@link WorkingDayCalendar#addWorkingDays}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return calendar.addWorkingDays(start, n);
    }

    /** Whole calendar months; 31 January + 1 month is the last day of February. */
    public LocalDate addMonths(LocalDate date, int months) {
        return calendar.addMonths(date, months);
    }

    /** Calendar days, for reminders such as "15 days before the due date" ({@code days = -15}). */
    public LocalDate addDays(LocalDate date, int days) {
        return date.plusDays(days);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** Calendar days from {@code from} to {@code to}: 1 from one day to the next, negative backwards. */
    public int daysBetween(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }

    /** {@code date} if it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return calendar.workingDayOnOrAfter(date);
    }

    // ---- the years ---------------------------------------------------------------------------

    /** The year's exceptions, sorted by date. */
    public CalendarYear year(int year) {
        requireSupported(year);
        return cachedYear(year);
    }

    /** Whether no year has any exception yet. */
    public boolean isEmpty() {
        return mapper.countDays() == 0;
    }

    /**
     * Drops the cached year now, so that the rest of this transaction reads its own writes, and again
     * when the transaction ends, so that nothing read in between (the old year by another thread, or
     * this transaction's rows before a rollback) outlives it.
     */
    void forgetAfterTransaction(int year) {
        years.remove(year);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    years.remove(year);
                }
            });
        }
    }

    /**
     * computeIfAbsent holds the year's bin while it loads, so a replacement's final removal waits
     * for a load in progress instead of being overtaken by it.
     */
    private CalendarYear cachedYear(int year) {
        return years.computeIfAbsent(year, y -> CalendarYear.stored(y, mapper.findBetween(firstDay(y), lastDay(y))));
    }

    static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException(
                    "year",
                    "error.calendar.year.outOfRange",
                    String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR),
                    String.valueOf(year));
        }
    }

    static LocalDate firstDay(int year) {
        return LocalDate.of(year, 1, 1);
    }

    static LocalDate lastDay(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
