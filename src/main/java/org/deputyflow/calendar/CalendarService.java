package org.deputyflow.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.domain.CalendarCsv;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.CalendarYear;
import org.deputyflow.calendar.domain.InvalidCalendarException;
import org.deputyflow.calendar.domain.WorkingDayCalendar;
import org.deputyflow.calendar.persistence.CalendarMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 * and kept until an admin replaces the year. The cache lives in this instance: a second
 * application instance would need to be told of a replacement.
 */
@Service
public class CalendarService {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;
    private static final int REPORTED_VIOLATIONS = 5;

    private final CalendarMapper mapper;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final ConcurrentMap<Integer, CalendarYear> years = new ConcurrentHashMap<>();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(this::cachedYear);

    CalendarService(CalendarMapper mapper, Clock clock, CalendarProperties properties, AuditTrail audit) {
        this.mapper = mapper;
        this.audit = audit;
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

    // ---- maintenance -------------------------------------------------------------------------

    /** The year's exceptions, sorted by date. */
    public CalendarYear year(int year) {
        requireSupported(year);
        return cachedYear(year);
    }

    /**
     * Replaces every exception of {@code year} with {@code entries}, all or nothing.
     *
     * @throws BadRequestException naming every broken entry by its position (第 1 项 is the first)
     */
    @Transactional
    public CalendarYear replaceYear(int year, List<CalendarEntry> entries, String login) {
        CalendarYear before = year(year);
        CalendarYear after = replace(year, entries, login);
        audited("calendar.replace", before, after);
        return after;
    }

    private CalendarYear replace(int year, List<CalendarEntry> entries, String login) {
        requireSupported(year);
        CalendarYear checked = checked(year, entries, "entries", index -> "第 " + (index + 1) + " 项");
        return store(checked, login);
    }

    /** A change of the calendar as a line of the audit trail: the year's exceptions before and after. */
    private void audited(String action, CalendarYear before, CalendarYear after) {
        audit.record(action, "calendar", after.year(), AuditTrail.SUCCESS,
                Map.of("before", described(before), "after", described(after)));
    }

    private static List<String> described(CalendarYear year) {
        return year.entries().stream().map(e -> e.date() + " " + e.kind() + " " + e.name()).toList();
    }

    /**
     * Adds one exception to its year, keeping the others.
     *
     * @throws BadRequestException naming the field of the entry at fault, or its date when it is taken
     */
    @Transactional
    public CalendarYear addEntry(int year, CalendarEntry entry, String login) {
        requireSupported(year);
        if (entry.date() == null) {
            throw new BadRequestException("date", "请填写日期");
        }
        if (entry.kind() == null) {
            throw new BadRequestException("kind", "请选择类别：节假日或调休上班日");
        }
        if (entry.name() == null || entry.name().isEmpty()) {
            throw new BadRequestException("name", "请填写名称，例如 春节");
        }
        try {
            CalendarYear.of(year, List.of(entry));
        } catch (InvalidCalendarException e) {
            boolean nameTooLong = entry.name().codePointCount(0, entry.name().length()) > CalendarYear.MAX_NAME_LENGTH;
            throw new BadRequestException(nameTooLong ? "name" : "date", e.violations().get(0).message());
        }
        List<CalendarEntry> entries = new ArrayList<>(year(year).entries());
        if (entries.stream().anyMatch(existing -> existing.date().equals(entry.date()))) {
            throw new BadRequestException("date", entry.date() + " 已经登记，请先删除原来的一项");
        }
        CalendarYear before = year(year);
        entries.add(entry);
        CalendarYear after = replace(year, entries, login);
        audited("calendar.add", before, after);
        return after;
    }

    /**
     * Removes the exception of {@code date} from its year.
     *
     * @throws NotFoundException when the year has no exception on that date
     */
    @Transactional
    public CalendarYear removeEntry(int year, LocalDate date, String login) {
        CalendarYear before = year(year);
        List<CalendarEntry> entries = new ArrayList<>(before.entries());
        if (!entries.removeIf(existing -> existing.date().equals(date))) {
            throw NotFoundException.of("日历项", date);
        }
        CalendarYear after = replace(year, entries, login);
        audited("calendar.remove", before, after);
        return after;
    }

    /** The year as CSV ({@link CalendarCsv}), UTF-8. */
    public byte[] exportCsv(int year) {
        return CalendarCsv.format(year(year)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Replaces the year with the exceptions of a CSV file, all or nothing.
     *
     * @throws BadRequestException naming the line of every broken line
     */
    @Transactional
    public CalendarYear importCsv(int year, byte[] csv, String login) {
        requireSupported(year);
        List<CalendarCsv.Line> lines;
        try {
            lines = CalendarCsv.parse(csv);
        } catch (InvalidCalendarException e) {
            throw badRequest("csv", e, line -> "第 " + line + " 行");
        }
        List<CalendarEntry> entries = lines.stream().map(CalendarCsv.Line::entry).toList();
        CalendarYear checked = checked(year, entries, "csv", index -> "第 " + lines.get(index).number() + " 行");
        CalendarYear before = year(year);
        CalendarYear after = store(checked, login);
        audited("calendar.import", before, after);
        return after;
    }

    /** Whether no year has any exception yet. */
    public boolean isEmpty() {
        return mapper.countDays() == 0;
    }

    private CalendarYear store(CalendarYear year, String login) {
        Instant now = clock.instant();
        if (mapper.touchYear(year.year(), now, login) == 0) {
            mapper.insertYear(year.year(), now, login);
        }
        mapper.deleteBetween(firstDay(year.year()), lastDay(year.year()));
        if (!year.isEmpty()) {
            mapper.insertAll(year.entries());
        }
        forgetAfterTransaction(year.year());
        return CalendarYear.stored(year.year(), mapper.findBetween(firstDay(year.year()), lastDay(year.year())));
    }

    /**
     * Drops the cached year now, so that the rest of this transaction reads its own writes, and again
     * when the transaction ends, so that nothing read in between (the old year by another thread, or
     * this transaction's rows before a rollback) outlives it.
     */
    private void forgetAfterTransaction(int year) {
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
        return years.computeIfAbsent(year,
            y -> CalendarYear.stored(y, mapper.findBetween(firstDay(y), lastDay(y))));
    }

    private static CalendarYear checked(int year, List<CalendarEntry> entries, String field,
            IntFunction<String> position) {
        try {
            return CalendarYear.of(year, entries);
        } catch (InvalidCalendarException e) {
            throw badRequest(field, e, position);
        }
    }

    private static BadRequestException badRequest(String field, InvalidCalendarException e,
            IntFunction<String> position) {
        List<InvalidCalendarException.Violation> violations = e.violations();
        String detail = violations.stream().limit(REPORTED_VIOLATIONS)
            .map(v -> position.apply(v.position()) + "：" + v.message())
            .collect(Collectors.joining("；"));
        if (violations.size() > REPORTED_VIOLATIONS) {
            detail += "；……共 " + violations.size() + " 处错误";
        }
        return new BadRequestException(field, detail + "。日历未作任何修改");
    }

    private static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException("year", "年份须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间，不能是 " + year);
        }
    }

    private static LocalDate firstDay(int year) {
        return LocalDate.of(year, 1, 1);
    }

    private static LocalDate lastDay(int year) {
        return LocalDate.of(year, 12, 31);
    }
}
