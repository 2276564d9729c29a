package org.deputyflow.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.deputyflow.calendar.CalendarService;
import org.springframework.stereotype.Component;

/**
 * The due dates of a suggestion's clocks, as dates in the configured zone: working days on the
 * admins' calendar, months as calendar months. The arithmetic is the calendar's.
 */
@Component
public class Deadlines {

    private final Clock clock;
    private final CalendarService calendar;
    private final HandlingClocks clocks;

    Deadlines(Clock clock, CalendarService calendar, HandlingClocks clocks) {
        this.clock = clock;
        this.calendar = calendar;
        this.clocks = clocks;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return calendar.today();
    }

    public int year() {
        return today().getYear();
    }

    public LocalDate dateOf(Instant instant) {
        return calendar.dateOf(instant);
    }

    public LocalDate screeningDue(Instant submittedAt) {
        return calendar.addWorkingDays(dateOf(submittedAt), clocks.screeningWorkingDays());
    }

    public LocalDate disputeDue(Instant assignedAt) {
        return calendar.addWorkingDays(dateOf(assignedAt), clocks.disputeWindowWorkingDays());
    }

    public LocalDate opinionDue(Instant assignedAt) {
        return calendar.addMonths(dateOf(assignedAt), clocks.coUnitOpinionMonths());
    }

    public LocalDate replyDue(Instant assignedAt) {
        return calendar.addMonths(dateOf(assignedAt), clocks.replyMonths());
    }

    public LocalDate rehandlingDue(Instant decidedAt) {
        return calendar.addMonths(dateOf(decidedAt), clocks.rehandlingMonths());
    }

    public LocalDate evaluationDue(Instant repliedAt) {
        return calendar.addWorkingDays(dateOf(repliedAt), clocks.evaluationWorkingDays());
    }

    /** So many working days after the day of {@code at}, as a deputy's confirmation of a delivery runs. */
    public LocalDate workingDaysAfter(Instant at, int days) {
        return calendar.addWorkingDays(dateOf(at), days);
    }

    public LocalDate extended(LocalDate due, int months) {
        return calendar.addMonths(due, months);
    }

    /**
     * The key suggestions' reminder of a clock that started at {@code startedAt} and is due on
     * {@code due}: the configured share of its working days (half by default, rounded down) after
     * the day it started, so it always falls on a working day.
     */
    public LocalDate halfTime(Instant startedAt, LocalDate due) {
        LocalDate start = dateOf(startedAt);
        int half = Math.max(0, calendar.workingDaysBetween(start, due)) * clocks.keyReminderPercent() / 100;
        return half == 0 ? calendar.workingDayOnOrAfter(start) : calendar.addWorkingDays(start, half);
    }

    /** A reminder so many calendar days before a due date. */
    public LocalDate daysBefore(LocalDate due, int days) {
        return calendar.addDays(due, -days);
    }

    /** The moment a due date has passed: the start of the next day in the configured zone. */
    public Instant overdueFrom(LocalDate due) {
        return calendar.endOfDay(due);
    }

    public Instant startOf(LocalDate date) {
        return calendar.startOfDay(date);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    public int daysBetween(LocalDate from, LocalDate to) {
        return calendar.daysBetween(from, to);
    }
}
