package org.deputyflow.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.deputyflow.calendar.domain.Calendars.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTests {

    WorkingDayCalendar china = Calendars.china();
    WorkingDayCalendar weekendsOnly = WorkingDayCalendar.of(List.of());

    @Test
    void without_exceptions_monday_to_friday_are_working_days_and_the_weekend_is_not() {
        LocalDate monday = date("2091-01-01");
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        for (int i = 0; i < 7; i++) {
            assertThat(weekendsOnly.isWorkingDay(monday.plusDays(i)))
                    .as(monday.plusDays(i).toString())
                    .isEqualTo(i < 5);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "2026-02-13, true", // Friday before the Spring Festival
        "2026-02-14, true", // Saturday, 春节调休上班
        "2026-02-15, false", // Sunday inside the holiday week
        "2026-02-16, false", // Monday, 春节
        "2026-02-23, false", // Monday, the holiday's last day
        "2026-02-24, true", // Tuesday, back at work
        "2026-02-28, true", // Saturday, 春节调休上班
        "2026-03-01, false", // an ordinary Sunday
        "2026-01-04, true", // Sunday, 元旦调休上班
        "2026-10-07, false", // Wednesday, 国庆节
        "2026-10-10, true", // Saturday, 国庆节调休上班
    })
    void a_holiday_is_a_day_off_and_a_make_up_weekend_day_is_a_working_day(LocalDate day, boolean working) {
        assertThat(china.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void adding_zero_working_days_returns_the_start_even_when_it_is_a_day_off() {
        assertThat(china.addWorkingDays(date("2026-03-04"), 0)).isEqualTo(date("2026-03-04"));
        assertThat(china.addWorkingDays(date("2026-03-07"), 0)).isEqualTo(date("2026-03-07"));
        assertThat(china.addWorkingDays(date("2026-02-16"), 0)).isEqualTo(date("2026-02-16"));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-06, 1, 2026-03-09", // Friday: the next working day is Monday
        "2026-03-07, 1, 2026-03-09", // from a Saturday, Monday is the first working day after it
        "2026-03-08, 1, 2026-03-09", // and from a Sunday too
        "2026-03-09, 1, 2026-03-10",
        "2026-03-02, 5, 2026-03-09", // a whole week from Monday lands on the next Monday
    })
    void the_start_is_never_counted(LocalDate start, int n, LocalDate expected) {
        assertThat(china.addWorkingDays(start, n)).isEqualTo(expected);
    }

    @Test
    void seven_working_days_across_the_spring_festival_count_both_make_up_saturdays() {
        // Fri 13 (1), Sat 14 make-up (2), 15-23 off, Tue 24 (3) ... Fri 27 (6), Sat 28 make-up (7)
        assertThat(china.addWorkingDays(date("2026-02-12"), 7)).isEqualTo(date("2026-02-28"));
        assertThat(weekendsOnly.addWorkingDays(date("2026-02-12"), 7)).isEqualTo(date("2026-02-23"));
        assertThat(china.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-14"));
        assertThat(china.addWorkingDays(date("2026-02-14"), 1)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void a_make_up_saturday_is_the_next_working_day_after_a_friday() {
        assertThat(china.addWorkingDays(date("2026-05-08"), 1)).isEqualTo(date("2026-05-09"));
        assertThat(china.addWorkingDays(date("2026-05-09"), 1)).isEqualTo(date("2026-05-11"));
        // Labour Day: Fri 1, Mon 4 and Tue 5 are holidays, so Wednesday is the first working day
        assertThat(china.addWorkingDays(date("2026-04-30"), 1)).isEqualTo(date("2026-05-06"));
    }

    @Test
    void mid_autumn_and_national_day_follow_each_other() {
        // Fri 25 中秋, Mon 28 (1), Tue 29 (2), Wed 30 (3), 1-7 Oct off, Thu 8 (4), Fri 9 (5), Sat 10 make-up (6)
        assertThat(china.addWorkingDays(date("2026-09-24"), 5)).isEqualTo(date("2026-10-09"));
        assertThat(china.addWorkingDays(date("2026-09-24"), 6)).isEqualTo(date("2026-10-10"));
        assertThat(china.addWorkingDays(date("2026-09-24"), 7)).isEqualTo(date("2026-10-12"));
        // Sunday 20 September is a make-up working day
        assertThat(china.addWorkingDays(date("2026-09-18"), 1)).isEqualTo(date("2026-09-20"));
        assertThat(china.workingDaysBetween(date("2026-09-24"), date("2026-10-12")))
                .isEqualTo(7);
    }

    @Test
    void a_negative_count_walks_back_to_the_n_th_working_day_before_the_start() {
        assertThat(china.addWorkingDays(date("2026-02-24"), -1)).isEqualTo(date("2026-02-14"));
        assertThat(china.addWorkingDays(date("2026-02-24"), -2)).isEqualTo(date("2026-02-13"));
        assertThat(china.addWorkingDays(date("2026-03-02"), -1)).isEqualTo(date("2026-02-28"));
        assertThat(china.addWorkingDays(date("2026-03-01"), -1)).isEqualTo(date("2026-02-28"));
    }

    @Test
    void counting_crosses_the_year_boundary_into_the_next_years_exceptions() {
        // 2026-01-01 and 02 are holidays, Sat 3 is off, Sun 4 is a make-up working day
        assertThat(china.addWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-04"));
        assertThat(china.addWorkingDays(date("2025-12-30"), 2)).isEqualTo(date("2026-01-04"));
        // 2027-01-01 is a Friday holiday
        assertThat(china.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-04"));
        assertThat(weekendsOnly.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-01"));
        assertThat(china.workingDaysBetween(date("2026-12-30"), date("2027-01-04")))
                .isEqualTo(2);
        assertThat(china.addWorkingDays(date("2026-01-05"), -1)).isEqualTo(date("2026-01-04"));
        assertThat(china.addWorkingDays(date("2026-01-04"), -1)).isEqualTo(date("2025-12-31"));
    }

    @Test
    void only_the_years_a_computation_touches_are_asked_for() {
        List<Integer> asked = new ArrayList<>();
        WorkingDayCalendar recording = new WorkingDayCalendar(year -> {
            asked.add(year);
            return CalendarYear.empty(year);
        });

        recording.addWorkingDays(date("2026-12-30"), 3);

        assertThat(asked).containsOnly(2026, 2027);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-31,  1, 2026-02-28", // no 31 February: the month's last day
        "2024-01-31,  1, 2024-02-29", // leap year
        "2024-02-29, 12, 2025-02-28",
        "2024-02-29, 48, 2028-02-29",
        "2023-11-30,  3, 2024-02-29",
        "2026-03-31,  1, 2026-04-30",
        "2026-02-28,  1, 2026-03-28", // the 28th stays the 28th, not the month's end
        "2026-11-15,  3, 2027-02-15", // across the year
        "2026-08-31, -6, 2026-02-28",
        "2026-05-20,  0, 2026-05-20",
    })
    void months_are_calendar_months_clamped_to_the_end_of_a_shorter_month(
            LocalDate date, int months, LocalDate expected) {
        assertThat(china.addMonths(date, months)).isEqualTo(expected);
    }

    @Test
    void adding_months_does_not_skip_holidays() {
        assertThat(china.addMonths(date("2026-07-01"), 3)).isEqualTo(date("2026-10-01"));
        assertThat(china.isWorkingDay(date("2026-10-01"))).isFalse();
    }

    @Test
    void february_29_is_a_working_day_like_any_other_in_a_leap_year() {
        assertThat(weekendsOnly.addWorkingDays(date("2024-02-28"), 1)).isEqualTo(date("2024-02-29"));
        assertThat(weekendsOnly.workingDaysBetween(date("2024-02-28"), date("2024-03-01")))
                .isEqualTo(2);
        assertThat(weekendsOnly.workingDaysBetween(date("2023-02-28"), date("2023-03-01")))
                .isEqualTo(1);
        // 2024: 366 days starting on a Monday, 262 weekdays; 2023: 365 days, 260 weekdays
        assertThat(weekendsOnly.workingDaysBetween(date("2023-12-31"), date("2024-12-31")))
                .isEqualTo(262);
        assertThat(weekendsOnly.workingDaysBetween(date("2022-12-31"), date("2023-12-31")))
                .isEqualTo(260);
    }

    @Test
    void working_days_between_counts_after_from_up_to_and_including_to() {
        assertThat(china.workingDaysBetween(date("2026-03-04"), date("2026-03-04")))
                .isZero();
        assertThat(china.workingDaysBetween(date("2026-03-06"), date("2026-03-09")))
                .isEqualTo(1);
        assertThat(china.workingDaysBetween(date("2026-03-02"), date("2026-03-06")))
                .isEqualTo(4);
        assertThat(china.workingDaysBetween(date("2026-03-07"), date("2026-03-08")))
                .isZero();
        assertThat(china.workingDaysBetween(date("2026-03-07"), date("2026-03-09")))
                .isEqualTo(1);
        assertThat(china.workingDaysBetween(date("2026-02-13"), date("2026-02-24")))
                .isEqualTo(2);
    }

    @Test
    void working_days_between_is_negative_when_to_is_before_from() {
        assertThat(china.workingDaysBetween(date("2026-03-09"), date("2026-03-06")))
                .isEqualTo(-1);
        assertThat(china.workingDaysBetween(date("2026-02-24"), date("2026-02-13")))
                .isEqualTo(-2);
        assertThat(china.workingDaysBetween(date("2026-03-08"), date("2026-03-07")))
                .isZero();
    }

    @Test
    void the_shipped_2026_calendar_has_248_working_days() {
        assertThat(china.workingDaysBetween(date("2025-12-31"), date("2026-12-31")))
                .isEqualTo(248);
        assertThat(china.workingDaysBetween(date("2026-01-31"), date("2026-02-28")))
                .isEqualTo(16);
    }

    @Test
    void counting_the_working_days_to_an_added_date_gives_back_the_count() {
        LocalDate[] starts = {
            date("2025-12-20"),
            date("2026-02-10"),
            date("2026-02-14"),
            date("2026-02-15"),
            date("2026-04-30"),
            date("2026-09-19"),
            date("2026-12-24")
        };
        for (LocalDate start : starts) {
            for (int n = 0; n <= 60; n++) {
                LocalDate end = china.addWorkingDays(start, n);
                assertThat(china.workingDaysBetween(start, end))
                        .as("%s + %d", start, n)
                        .isEqualTo(n);
                if (n > 0) {
                    assertThat(china.isWorkingDay(end)).as("%s + %d", start, n).isTrue();
                }
                if (china.isWorkingDay(start)) {
                    LocalDate back = china.addWorkingDays(start, -n);
                    assertThat(china.workingDaysBetween(start, back))
                            .as("%s - %d", start, n)
                            .isEqualTo(-n);
                }
            }
        }
    }

    @Test
    void a_period_ending_on_a_day_off_moves_to_the_next_working_day() {
        assertThat(china.workingDayOnOrAfter(date("2026-03-04"))).isEqualTo(date("2026-03-04"));
        assertThat(china.workingDayOnOrAfter(date("2026-02-14"))).isEqualTo(date("2026-02-14"));
        assertThat(china.workingDayOnOrAfter(date("2026-02-15"))).isEqualTo(date("2026-02-24"));
        assertThat(china.workingDayOnOrAfter(date("2026-10-01"))).isEqualTo(date("2026-10-08"));
    }

    @Test
    void an_absurd_number_of_working_days_is_refused_instead_of_walked() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> china.addWorkingDays(date("2026-01-01"), WorkingDayCalendar.MAX_WORKING_DAYS + 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> china.addWorkingDays(date("2026-01-01"), Integer.MIN_VALUE));
        assertThat(weekendsOnly.addWorkingDays(date("2026-01-01"), WorkingDayCalendar.MAX_WORKING_DAYS))
                .isAfter(date("2064-01-01"));
    }
}
