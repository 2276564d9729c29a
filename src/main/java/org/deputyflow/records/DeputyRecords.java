package org.deputyflow.records;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.records.domain.DeputyRecord;
import org.deputyflow.records.domain.RecordOrder;
import org.deputyflow.records.persistence.RecordsMapper;
import org.deputyflow.records.persistence.RecordsQuery;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deputies' records (代表履职) by year: every deputy's for committee staff, a deputy's own for
 * the deputy. A year is the calendar year in the configured zone; without one, this year.
 */
@Service
@Transactional(readOnly = true)
public class DeputyRecords {

    static final int DELEGATION_MAX = 100;

    private final RecordsMapper records;
    private final CalendarService calendar;

    DeputyRecords(RecordsMapper records, CalendarService calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    /** The year asked for, or this year; refused outside the calendar's range. */
    public int year(Integer year) {
        int value = year == null ? calendar.today().getYear() : year;
        if (value < CalendarService.FIRST_YEAR || value > CalendarService.LAST_YEAR) {
            throw new BadRequestException(
                    "year",
                    "error.records.year.outOfRange",
                    String.valueOf(CalendarService.FIRST_YEAR),
                    String.valueOf(CalendarService.LAST_YEAR));
        }
        return value;
    }

    /**
     * Every deputy's record of the year, sorted and paged in the database; optionally one delegation's,
     * or only those who submitted nothing (no suggestion or motion led or co-signed).
     */
    public Page<DeputyRecord> all(
            Integer year, String delegation, boolean submittedNothing, RecordOrder order, PageRequest page) {
        int y = year(year);
        RecordsQuery query = query(y, null, delegation(delegation), submittedNothing, order);
        long total = records.count(query);
        List<DeputyRecord> items = total == 0
                ? List.of()
                : records.search(query, page.offset(), page.size()).stream()
                        .map(row -> row.toRecord(y))
                        .toList();
        return Page.of(items, page, total);
    }

    /** The signed-in deputy's own record of the year; nobody else has one. */
    public DeputyRecord own(CurrentUser user, Integer year) {
        if (user.deputyId() == null) {
            throw new AccessDeniedException("only deputies have records");
        }
        int y = year(year);
        RecordsQuery query = query(y, user.deputyId(), null, false, RecordOrder.DEFAULT);
        return records.search(query, 0, 1).stream()
                .findFirst()
                .map(row -> row.toRecord(y))
                .orElseThrow(() -> NotFoundException.of("deputy", user.deputyId()));
    }

    /** The delegations of the active deputies, for the staff list's filter. */
    public List<String> delegations() {
        return records.delegations();
    }

    private RecordsQuery query(
            int year, Long deputyId, String delegation, boolean submittedNothing, RecordOrder order) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new RecordsQuery(
                calendar.startOfDay(first),
                calendar.startOfDay(first.plusYears(1)),
                deputyId,
                delegation,
                submittedNothing,
                order.column().name(),
                order.descending());
    }

    private static String delegation(String delegation) {
        if (delegation == null || delegation.isBlank()) {
            return null;
        }
        if (delegation.length() > DELEGATION_MAX) {
            throw new BadRequestException("delegation", "error.records.delegation.tooLong", DELEGATION_MAX);
        }
        return delegation.strip();
    }
}
