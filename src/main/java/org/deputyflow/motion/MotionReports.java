package org.deputyflow.motion;

import java.time.LocalDate;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.motion.domain.MotionStatistics;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.shared.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The motion statistics. They live with the motions rather than with the suggestion reports:
 * the motion module already depends on the suggestion module (for conversion), so the other way
 * round would make the two depend on each other.
 */
@Service
@Transactional(readOnly = true)
public class MotionReports {

    private final MotionMapper motions;
    private final CalendarService calendar;

    MotionReports(MotionMapper motions, CalendarService calendar) {
        this.motions = motions;
        this.calendar = calendar;
    }

    /**
     * The motions submitted between {@code from} and {@code to}, both dates included in the
     * configured zone. Without {@code to}, up to today; without {@code from}, from the first of
     * January of {@code to}'s year: this year so far when neither is given.
     */
    public MotionStatistics statistics(LocalDate from, LocalDate to) {
        LocalDate last = to == null ? calendar.today() : supported("to", to);
        LocalDate first = from == null ? LocalDate.of(last.getYear(), 1, 1) : supported("from", from);
        if (first.isAfter(last)) {
            throw new BadRequestException("from", "error.motion.statistics.period", first.toString(), last.toString());
        }
        return MotionStatistics.of(
                first,
                last,
                motions.countByStatusAndOutcome(calendar.startOfDay(first), calendar.endOfDay(last)),
                motions.countAfterListing(calendar.startOfDay(first), calendar.endOfDay(last), calendar.today()));
    }

    // the database's DATETIME has no year 0 or 10000; the calendar's range is every plausible one
    private static LocalDate supported(String field, LocalDate date) {
        if (date.getYear() < CalendarService.FIRST_YEAR || date.getYear() > CalendarService.LAST_YEAR) {
            throw new BadRequestException(
                    field,
                    "error.motion.statistics.year",
                    String.valueOf(CalendarService.FIRST_YEAR),
                    String.valueOf(CalendarService.LAST_YEAR));
        }
        return date;
    }
}
