package org.deputyflow.suggestion.reporting;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.reporting.domain.DepartmentReport;
import org.deputyflow.suggestion.reporting.domain.DepartmentStatistics;
import org.deputyflow.suggestion.reporting.domain.FollowUpReport;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;
import org.deputyflow.suggestion.reporting.domain.OverdueItem;
import org.deputyflow.suggestion.reporting.persistence.DepartmentRow;
import org.deputyflow.suggestion.reporting.persistence.FollowUpQuery;
import org.deputyflow.suggestion.reporting.persistence.OverdueSearch;
import org.deputyflow.suggestion.reporting.persistence.ReportingMapper;
import org.deputyflow.suggestion.reporting.persistence.StatisticsQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is late and how departments do, for committee staff and the council. "Today" is the
 * calendar's, in the configured zone; the database selects, sorts, pages and counts.
 */
@Service
@Transactional(readOnly = true)
public class HandlingReports {

    private final ReportingMapper reports;
    private final CalendarService calendar;

    HandlingReports(ReportingMapper reports, CalendarService calendar) {
        this.reports = reports;
        this.calendar = calendar;
    }

    /** Every item past its due date and still owed, most overdue first; both filters optional. */
    public Page<OverdueItem> overdue(OverdueClock clock, Long departmentId, PageRequest page) {
        LocalDate today = calendar.today();
        OverdueSearch search = OverdueSearch.of(today, clock, departmentId);
        if (!search.any()) {
            return Page.of(List.of(), page, 0);
        }
        long total = reports.countOverdue(search);
        List<OverdueItem> items = total == 0
                ? List.of()
                : reports.searchOverdue(search, page.offset(), page.size()).stream()
                        .map(row -> row.toItem(calendar.daysBetween(row.due(), today)))
                        .toList();
        return Page.of(items, page, total);
    }

    /** How many items are overdue on this clock today, for the metrics. */
    public long overdueCount(OverdueClock clock) {
        OverdueSearch search = OverdueSearch.of(calendar.today(), clock, null);
        return search.any() ? reports.countOverdue(search) : 0;
    }

    /**
     * Per department, the assignments made between {@code from} and {@code to}, both dates included
     * in the configured zone. Without {@code to}, up to today; without {@code from}, from the first
     * of January of {@code to}'s year: this year so far when neither is given.
     */
    public DepartmentReport departmentStatistics(LocalDate from, LocalDate to) {
        Period p = period(from, to);
        StatisticsQuery query =
                StatisticsQuery.of(calendar.startOfDay(p.first()), calendar.endOfDay(p.last()), p.today());
        List<DepartmentStatistics> departments = reports.departmentStatistics(query).stream()
                .map(DepartmentRow::toStatistics)
                .toList();
        return new DepartmentReport(p.first(), p.last(), p.today(), departments);
    }

    /**
     * Per department and in total, the follow-ups of B and C replies started between {@code from} and
     * {@code to} (the same dates and defaults as {@link #departmentStatistics}): open, overdue, delivered on
     * time or late (confirmed deliveries, against the reply's plan date) and explained at a year end.
     */
    public FollowUpReport followUpStatistics(LocalDate from, LocalDate to) {
        Period p = period(from, to);
        FollowUpQuery query = FollowUpQuery.of(calendar.startOfDay(p.first()), calendar.endOfDay(p.last()), p.today());
        return new FollowUpReport(
                p.first(), p.last(), p.today(), reports.followUpStatistics(query), reports.followUpTotals(query));
    }

    private record Period(LocalDate first, LocalDate last, LocalDate today) {}

    /** The dates a report covers, both included: see {@link #departmentStatistics}. */
    private Period period(LocalDate from, LocalDate to) {
        LocalDate today = calendar.today();
        LocalDate last = to == null ? today : supported("to", to);
        LocalDate first = from == null ? LocalDate.of(last.getYear(), 1, 1) : supported("from", from);
        if (first.isAfter(last)) {
            throw new BadRequestException("from", "error.reporting.fromAfterTo", first.toString(), last.toString());
        }
        return new Period(first, last, today);
    }

    // the database's DATETIME has no year 0 or 10000; the calendar's range is every plausible one
    private static LocalDate supported(String field, LocalDate date) {
        if (date.getYear() < CalendarService.FIRST_YEAR || date.getYear() > CalendarService.LAST_YEAR) {
            throw new BadRequestException(
                    field,
                    "error.reporting.dateRange",
                    String.valueOf(CalendarService.FIRST_YEAR),
                    String.valueOf(CalendarService.LAST_YEAR));
        }
        return date;
    }
}
