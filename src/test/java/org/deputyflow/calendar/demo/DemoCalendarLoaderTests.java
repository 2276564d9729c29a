package org.deputyflow.calendar.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.calendar.MaintainingCalendar;
import org.deputyflow.calendar.domain.CalendarYear;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

class DemoCalendarLoaderTests {

    CalendarService calendar = mock(CalendarService.class);
    MaintainingCalendar maintaining = mock(MaintainingCalendar.class);

    @Test
    void an_empty_calendar_gets_every_shipped_year() throws Exception {
        when(calendar.isEmpty()).thenReturn(true);
        when(maintaining.importCsv(anyInt(), any(), any())).thenReturn(CalendarYear.empty(2026));

        new DemoCalendarLoader(calendar, maintaining, mock(PlatformTransactionManager.class)).run(null);

        verify(maintaining)
                .importCsv(
                        eq(2026),
                        argThat(csv -> new String(csv, UTF_8).startsWith("date,kind,name\n2026-01-01,HOLIDAY,元旦\n")),
                        eq(DemoCalendarLoader.LOADED_BY));
    }

    @Test
    void a_calendar_that_has_any_data_is_left_alone() throws Exception {
        when(calendar.isEmpty()).thenReturn(false);

        new DemoCalendarLoader(calendar, maintaining, mock(PlatformTransactionManager.class)).run(null);

        verify(maintaining, never()).importCsv(anyInt(), any(), any());
    }
}
