package org.deputyflow.calendar.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.deputyflow.calendar.domain.CalendarEntry;
import org.deputyflow.calendar.domain.DayKind;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The calendar's mapper on the configured database, in years nobody else uses; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CalendarMapperTests {

    static final LocalDate FIRST = LocalDate.of(2091, 1, 1);
    static final LocalDate LAST = LocalDate.of(2091, 12, 31);

    @Autowired
    CalendarMapper calendar;

    @Autowired
    JdbcTemplate jdbc;

    static CalendarEntry entry(String date, DayKind kind, String name) {
        return new CalendarEntry(LocalDate.parse(date), kind, name);
    }

    @Test
    void a_years_entries_are_written_together_and_read_back_sorted_by_date() {
        calendar.insertAll(List.of(
                entry("2091-01-06", DayKind.MAKEUP_WORKDAY, "元旦调休上班"),
                entry("2091-01-01", DayKind.HOLIDAY, "元旦"),
                entry("2091-01-02", DayKind.HOLIDAY, "𠮷日🙂")));

        assertThat(calendar.findBetween(FIRST, LAST))
                .containsExactly(
                        entry("2091-01-01", DayKind.HOLIDAY, "元旦"),
                        entry("2091-01-02", DayKind.HOLIDAY, "𠮷日🙂"),
                        entry("2091-01-06", DayKind.MAKEUP_WORKDAY, "元旦调休上班"));
        assertThat(jdbc.queryForObject(
                        "SELECT name FROM calendar_day WHERE calendar_date = DATE '2091-01-02'", String.class))
                .isEqualTo("𠮷日🙂");
        assertThat(jdbc.queryForObject(
                        "SELECT kind FROM calendar_day WHERE calendar_date = DATE '2091-01-06'", String.class))
                .isEqualTo("MAKEUP_WORKDAY");
    }

    @Test
    void a_range_includes_both_ends_and_nothing_beyond_them() {
        calendar.insertAll(List.of(
                entry("2090-12-29", DayKind.HOLIDAY, "前一年"),
                entry("2091-01-01", DayKind.HOLIDAY, "元旦"),
                entry("2091-12-31", DayKind.MAKEUP_WORKDAY, "年末调休上班"),
                entry("2092-01-01", DayKind.HOLIDAY, "后一年")));

        assertThat(calendar.findBetween(FIRST, LAST))
                .extracting(CalendarEntry::date)
                .containsExactly(FIRST, LAST);
        assertThat(calendar.findBetween(LocalDate.of(2091, 6, 1), LocalDate.of(2091, 6, 30)))
                .isEmpty();
    }

    @Test
    void deleting_a_year_leaves_the_years_around_it() {
        long before = calendar.countDays();
        calendar.insertAll(List.of(
                entry("2090-12-29", DayKind.HOLIDAY, "前一年"),
                entry("2091-01-01", DayKind.HOLIDAY, "元旦"),
                entry("2091-10-01", DayKind.HOLIDAY, "国庆节"),
                entry("2092-01-01", DayKind.HOLIDAY, "后一年")));

        assertThat(calendar.deleteBetween(FIRST, LAST)).isEqualTo(2);

        assertThat(calendar.countDays()).isEqualTo(before + 2);
        assertThat(calendar.findBetween(LocalDate.of(2090, 1, 1), LocalDate.of(2092, 12, 31)))
                .extracting(CalendarEntry::name)
                .containsExactly("前一年", "后一年");
    }

    @Test
    void a_date_is_stored_as_the_same_calendar_date() {
        calendar.insertAll(List.of(entry("2091-03-01", DayKind.HOLIDAY, "测试")));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM calendar_day WHERE calendar_date = DATE '2091-03-01'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT calendar_date FROM calendar_day WHERE name = '测试'", LocalDate.class))
                .isEqualTo(LocalDate.of(2091, 3, 1));
    }

    @Test
    void the_database_accepts_only_the_two_kinds() {
        assertThatThrownBy(
                        () -> jdbc.update(
                                "INSERT INTO calendar_day (calendar_date, kind, name) VALUES (DATE '2091-04-01', 'WEEKDAY', 'x')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_replaced_year_records_who_replaced_it_and_when() {
        Instant first = Instant.parse("2091-01-01T01:02:03Z");
        Instant second = Instant.parse("2091-02-01T04:05:06Z");

        assertThat(calendar.touchYear(2091, first, "admin")).isZero();
        calendar.insertYear(2091, first, "admin");
        assertThat(calendar.touchYear(2091, second, "admin2")).isEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT updated_by FROM calendar_year WHERE year_number = 2091", String.class))
                .isEqualTo("admin2");
        assertThat(jdbc.queryForObject(
                        "SELECT updated_at FROM calendar_year WHERE year_number = 2091", LocalDateTime.class))
                .isEqualTo(LocalDateTime.parse("2091-02-01T04:05:06"));
    }
}
