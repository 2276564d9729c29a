package org.deputyflow.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.domain.CalendarCsv;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.CalendarYear;
import org.deputyflow.calendar.domain.InvalidCalendarException;
import org.deputyflow.calendar.persistence.CalendarMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keep the working-day calendar: a year's public holidays and make-up working days (调休), replaced
 * as a whole, one entry added or removed, or imported and exported as CSV. Every change is all or nothing,
 * an audit line with the year before and after, and drops the year {@link CalendarService} keeps in memory.
 */
@Service
public class MaintainingCalendar {

    private static final int REPORTED_VIOLATIONS = 5;
    private static final IntFunction<Text> CSV_LINE =
            line -> Text.of("label.calendar.position.line", String.valueOf(line));

    private final CalendarMapper mapper;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditTrail audit;

    MaintainingCalendar(CalendarMapper mapper, CalendarService calendar, Clock clock, AuditTrail audit) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Replaces every exception of {@code year} with {@code entries}, all or nothing.
     *
     * @throws BadRequestException naming every broken entry by its position (第 1 项 is the first)
     */
    @Transactional
    public CalendarYear replaceYear(int year, List<CalendarEntry> entries, String login) {
        CalendarYear before = calendar.year(year);
        CalendarYear after = replace(year, entries, login);
        audited("calendar.replace", before, after);
        return after;
    }

    private CalendarYear replace(int year, List<CalendarEntry> entries, String login) {
        CalendarService.requireSupported(year);
        CalendarYear checked = checked(
                year, entries, "entries", index -> Text.of("label.calendar.position.entry", String.valueOf(index + 1)));
        return store(checked, login);
    }

    /** A change of the calendar as a line of the audit trail: the year's exceptions before and after. */
    private void audited(String action, CalendarYear before, CalendarYear after) {
        audit.record(
                action,
                "calendar",
                after.year(),
                AuditTrail.SUCCESS,
                Map.of("before", described(before), "after", described(after)));
    }

    private static List<String> described(CalendarYear year) {
        return year.entries().stream()
                .map(e -> e.date() + " " + e.kind() + " " + e.name())
                .toList();
    }

    /**
     * Adds one exception to its year, keeping the others.
     *
     * @throws BadRequestException naming the field of the entry at fault, or its date when it is taken
     */
    @Transactional
    public CalendarYear addEntry(int year, CalendarEntry entry, String login) {
        CalendarService.requireSupported(year);
        if (entry.date() == null) {
            throw new BadRequestException("date", "error.calendar.entry.dateMissing");
        }
        if (entry.kind() == null) {
            throw new BadRequestException("kind", "error.calendar.entry.kindMissing");
        }
        if (entry.name() == null || entry.name().isEmpty()) {
            throw new BadRequestException("name", "error.calendar.entry.nameMissing");
        }
        try {
            CalendarYear.of(year, List.of(entry));
        } catch (InvalidCalendarException e) {
            boolean nameTooLong = entry.name().codePointCount(0, entry.name().length()) > CalendarYear.MAX_NAME_LENGTH;
            Text problem = e.violations().get(0).message();
            throw new BadRequestException(nameTooLong ? "name" : "date", problem.code(), problem.arguments());
        }
        List<CalendarEntry> entries = new ArrayList<>(calendar.year(year).entries());
        if (entries.stream().anyMatch(existing -> existing.date().equals(entry.date()))) {
            throw new BadRequestException(
                    "date", "error.calendar.entry.taken", entry.date().toString());
        }
        CalendarYear before = calendar.year(year);
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
        CalendarYear before = calendar.year(year);
        List<CalendarEntry> entries = new ArrayList<>(before.entries());
        if (!entries.removeIf(existing -> existing.date().equals(date))) {
            throw NotFoundException.of("calendarDay", date);
        }
        CalendarYear after = replace(year, entries, login);
        audited("calendar.remove", before, after);
        return after;
    }

    /** The year as CSV ({@link CalendarCsv}), UTF-8. */
    public byte[] exportCsv(int year) {
        return CalendarCsv.format(calendar.year(year)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Replaces the year with the exceptions of a CSV file, all or nothing.
     *
     * @throws BadRequestException naming the line of every broken line
     */
    @Transactional
    public CalendarYear importCsv(int year, byte[] csv, String login) {
        CalendarService.requireSupported(year);
        List<CalendarCsv.Line> lines;
        try {
            lines = CalendarCsv.parse(csv);
        } catch (InvalidCalendarException e) {
            throw badRequest("csv", e, CSV_LINE);
        }
        List<CalendarEntry> entries =
                lines.stream().map(CalendarCsv.Line::entry).toList();
        CalendarYear checked = checked(
                year, entries, "csv", index -> CSV_LINE.apply(lines.get(index).number()));
        CalendarYear before = calendar.year(year);
        CalendarYear after = store(checked, login);
        audited("calendar.import", before, after);
        return after;
    }

    private CalendarYear store(CalendarYear year, String login) {
        Instant now = clock.instant();
        if (mapper.touchYear(year.year(), now, login) == 0) {
            mapper.insertYear(year.year(), now, login);
        }
        mapper.deleteBetween(CalendarService.firstDay(year.year()), CalendarService.lastDay(year.year()));
        if (!year.isEmpty()) {
            mapper.insertAll(year.entries());
        }
        calendar.forgetAfterTransaction(year.year());
        return CalendarYear.stored(
                year.year(),
                mapper.findBetween(CalendarService.firstDay(year.year()), CalendarService.lastDay(year.year())));
    }

    private static CalendarYear checked(
            int year, List<CalendarEntry> entries, String field, IntFunction<Text> position) {
        try {
            return CalendarYear.of(year, entries);
        } catch (InvalidCalendarException e) {
            throw badRequest(field, e, position);
        }
    }

    /**
     * The first few violations, each after its position, then how many there are in all when that is more;
     * the list is a chain of texts so that each language joins it with its own punctuation.
     */
    private static BadRequestException badRequest(
            String field, InvalidCalendarException e, IntFunction<Text> position) {
        List<InvalidCalendarException.Violation> violations = e.violations();
        Text detail = null;
        for (InvalidCalendarException.Violation v :
                violations.subList(0, Math.min(REPORTED_VIOLATIONS, violations.size()))) {
            Text one = Text.of("error.calendar.violation", position.apply(v.position()), v.message());
            detail = detail == null ? one : Text.of("error.calendar.violation.next", detail, one);
        }
        if (violations.size() > REPORTED_VIOLATIONS) {
            return new BadRequestException(field, "error.calendar.unchanged.more", detail, violations.size());
        }
        return new BadRequestException(field, "error.calendar.unchanged", detail);
    }
}
