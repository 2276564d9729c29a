package org.deputyflow.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.deputyflow.words.BundleRendering.chinese;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.DayKind;
import org.deputyflow.calendar.persistence.CalendarMapper;
import org.deputyflow.shared.BadRequestException;
import org.junit.jupiter.api.Test;

/** The service on its own, with a fixed clock and a mapper stub, to pin down zones and the year cache. */
class CalendarServiceTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    CalendarMapper mapper = mock(CalendarMapper.class);

    CalendarService service(Instant now, ZoneId zone) {
        return new CalendarService(mapper, Clock.fixed(now, ZoneOffset.UTC), new CalendarProperties(zone));
    }

    CalendarService service() {
        return service(Instant.parse("2026-03-01T00:00:00Z"), SHANGHAI);
    }

    MaintainingCalendar maintaining(CalendarService calendar) {
        return new MaintainingCalendar(
                mapper,
                calendar,
                Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC),
                mock(AuditTrail.class));
    }

    MaintainingCalendar maintaining() {
        return maintaining(service());
    }

    static CalendarEntry holiday(String date) {
        return new CalendarEntry(LocalDate.parse(date), DayKind.HOLIDAY, "节日");
    }

    @Test
    void at_23_30_utc_it_is_already_the_next_day_in_shanghai() {
        Instant lateEvening = Instant.parse("2026-01-31T23:30:00Z");

        assertThat(service(lateEvening, SHANGHAI).today()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(service(lateEvening, ZoneOffset.UTC).today()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(service(Instant.parse("2026-01-31T15:59:59Z"), SHANGHAI).today())
                .isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(service(Instant.parse("2026-01-31T16:00:00Z"), SHANGHAI).today())
                .isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void a_day_in_shanghai_runs_from_16_00_utc_the_day_before_to_16_00_utc_exclusive() {
        CalendarService calendar = service();
        LocalDate day = LocalDate.of(2026, 2, 1);

        assertThat(calendar.zone()).isEqualTo(SHANGHAI);
        assertThat(calendar.startOfDay(day)).isEqualTo(Instant.parse("2026-01-31T16:00:00Z"));
        assertThat(calendar.endOfDay(day)).isEqualTo(Instant.parse("2026-02-01T16:00:00Z"));
        assertThat(calendar.dateOf(calendar.startOfDay(day))).isEqualTo(day);
        assertThat(calendar.dateOf(calendar.endOfDay(day).minusNanos(1))).isEqualTo(day);
        assertThat(calendar.dateOf(calendar.endOfDay(day))).isEqualTo(day.plusDays(1));
    }

    @Test
    void calendar_days_are_plain_days() {
        CalendarService calendar = service();

        assertThat(calendar.addDays(LocalDate.of(2026, 3, 1), -15)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.daysBetween(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 3, 1)))
                .isEqualTo(15);
        assertThat(calendar.daysBetween(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 14)))
                .isEqualTo(-15);
        assertThat(calendar.addMonths(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_year_is_read_once_and_only_when_a_computation_touches_it() {
        when(mapper.findBetween(JAN_1, DEC_31)).thenReturn(List.of(holiday("2026-10-01"), holiday("2026-10-02")));
        CalendarService calendar = service();

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9)))
                .isEqualTo(5);
        assertThat(calendar.workingDayOnOrAfter(LocalDate.of(2026, 10, 2))).isEqualTo(LocalDate.of(2026, 10, 5));

        verify(mapper, times(1)).findBetween(any(), any());
        verify(mapper).findBetween(JAN_1, DEC_31);
    }

    @Test
    void a_replaced_year_is_read_again() {
        when(mapper.findBetween(JAN_1, DEC_31)).thenReturn(List.of(), List.of(holiday("2026-03-02")));
        CalendarService calendar = service();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();

        maintaining(calendar).replaceYear(2026, List.of(holiday("2026-03-02")), "admin");

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 2))).isFalse();
        verify(mapper).deleteBetween(JAN_1, DEC_31);
        verify(mapper).insertAll(List.of(holiday("2026-03-02")));
        verify(mapper).insertYear(2026, Instant.parse("2026-03-01T00:00:00Z"), "admin");
    }

    @Test
    void an_emptied_year_writes_no_rows() {
        when(mapper.touchYear(anyInt(), any(), any())).thenReturn(1);

        assertThat(maintaining().replaceYear(2026, List.of(), "admin").isEmpty())
                .isTrue();

        verify(mapper).deleteBetween(JAN_1, DEC_31);
        verify(mapper, never()).insertAll(any());
        verify(mapper, never()).insertYear(anyInt(), any(), any());
    }

    @Test
    void a_broken_entry_changes_nothing_and_is_named_by_its_position() {
        List<CalendarEntry> entries = List.of(holiday("2026-03-02"), holiday("2026-03-07"), holiday("2027-01-01"));

        assertThatThrownBy(() -> maintaining().replaceYear(2026, entries, "admin"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("entries");
                    assertThat(chinese(e))
                            .startsWith("第 2 项：2026-03-07 是星期六")
                            .contains("；第 3 项：2027-01-01 不在 2026 年内")
                            .endsWith("日历未作任何修改");
                });
        verify(mapper, never()).deleteBetween(any(), any());
        verify(mapper, never()).insertAll(any());
    }

    @Test
    void many_broken_entries_are_summed_up_after_the_first_five() {
        List<CalendarEntry> weekends = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 3, 7); weekends.size() < 7; day = day.plusWeeks(1)) {
            weekends.add(new CalendarEntry(day, DayKind.HOLIDAY, "周六"));
        }

        assertThatThrownBy(() -> maintaining().replaceYear(2026, weekends, "admin"))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(chinese(e))
                                .contains("第 5 项")
                                .doesNotContain("第 6 项")
                                .contains("共 7 处错误"));
    }

    @Test
    void a_bad_csv_line_changes_nothing_and_is_named_by_its_line() {
        byte[] csv = "date,kind,name\n2026-03-02,HOLIDAY,节日\n\n2026-03-07,HOLIDAY,周六\n".getBytes(UTF_8);

        assertThatThrownBy(() -> maintaining().importCsv(2026, csv, "admin"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("csv");
                    assertThat(chinese(e)).startsWith("第 4 行：2026-03-07 是星期六");
                });
        assertThatThrownBy(() ->
                        maintaining().importCsv(2026, "date,kind,name\n2026-3-x,HOLIDAY,节日\n".getBytes(UTF_8), "admin"))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(chinese(e)).startsWith("第 2 行：日期“2026-3-x”无效"));
        verify(mapper, never()).deleteBetween(any(), any());
    }

    @Test
    void years_outside_the_supported_range_are_refused() {
        assertThatThrownBy(() -> service().year(1899)).isInstanceOfSatisfying(BadRequestException.class, e -> {
            assertThat(e.field()).isEqualTo("year");
            assertThat(chinese(e)).contains("1900 到 2999");
        });
        assertThatThrownBy(() -> maintaining().replaceYear(3000, List.of(), "admin"))
                .isInstanceOf(BadRequestException.class);
        verify(mapper, never()).findBetween(any(), any());
    }
}
