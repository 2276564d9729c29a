package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.deputyflow.calendar.CalendarService;
import org.junit.jupiter.api.Test;

/** The key suggestions' reminder falls at the configured share of the clock's working days. */
class DeadlinesTests {

    static final Instant STARTED = Instant.parse("2026-04-01T02:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate DUE = LocalDate.of(2026, 7, 1);

    @Test
    void the_key_reminder_is_at_half_time_by_default_and_at_any_configured_share() {
        CalendarService calendar = mock(CalendarService.class);
        when(calendar.dateOf(STARTED)).thenReturn(START);
        when(calendar.workingDaysBetween(START, DUE)).thenReturn(61);
        when(calendar.addWorkingDays(any(), anyInt()))
                .thenAnswer(call -> call.<LocalDate>getArgument(0).plusDays(call.<Integer>getArgument(1)));

        assertThat(deadlines(calendar, 50).halfTime(STARTED, DUE)).isEqualTo(START.plusDays(30));
        assertThat(deadlines(calendar, 25).halfTime(STARTED, DUE)).isEqualTo(START.plusDays(15));
        assertThat(deadlines(calendar, 80).halfTime(STARTED, DUE)).isEqualTo(START.plusDays(48));
    }

    private static Deadlines deadlines(CalendarService calendar, int percent) {
        return new Deadlines(
                Clock.systemUTC(), calendar, new HandlingClocks(7, 7, 1, 3, 3, 20, 1, List.of(15, 3), percent));
    }
}
