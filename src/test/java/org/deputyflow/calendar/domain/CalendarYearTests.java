package org.deputyflow.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.calendar.domain.Calendars.date;
import static org.deputyflow.words.BundleRendering.chinese;
import static org.deputyflow.words.BundleRendering.english;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarYearTests {

    static CalendarEntry holiday(String date, String name) {
        return new CalendarEntry(date(date), DayKind.HOLIDAY, name);
    }

    static CalendarEntry makeUp(String date, String name) {
        return new CalendarEntry(date(date), DayKind.MAKEUP_WORKDAY, name);
    }

    static List<InvalidCalendarException.Violation> violations(int year, CalendarEntry... entries) {
        try {
            CalendarYear.of(year, Arrays.asList(entries));
        } catch (InvalidCalendarException e) {
            return e.violations();
        }
        throw new AssertionError("expected the year to be refused");
    }

    @Test
    void a_valid_year_is_sorted_by_date_and_answers_what_a_day_is() {
        CalendarYear year = CalendarYear.of(
                2091,
                List.of(makeUp("2091-01-06", " 元旦调休上班 "), holiday("2091-01-01", "元旦"), holiday("2091-01-02", "元旦")));

        assertThat(year.entries())
                .extracting(CalendarEntry::date)
                .containsExactly(date("2091-01-01"), date("2091-01-02"), date("2091-01-06"));
        assertThat(year.entries().get(2).name()).isEqualTo("元旦调休上班");
        assertThat(year.kindOn(date("2091-01-06"))).contains(DayKind.MAKEUP_WORKDAY);
        assertThat(year.kindOn(date("2091-01-03"))).isEmpty();
        assertThat(year.isEmpty()).isFalse();
        assertThat(CalendarYear.of(2091, List.of()).isEmpty()).isTrue();
    }

    @Test
    void a_holiday_on_a_weekend_is_refused_and_the_message_says_what_to_enter_instead() {
        // 2091-01-06 is a Saturday
        assertThat(violations(2091, holiday("2091-01-06", "春节")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.position()).isZero();
                    assertThat(chinese(v.message())).contains("2091-01-06", "星期六", "本来就休息", "MAKEUP_WORKDAY");
                    assertThat(english(v.message())).contains("2091-01-06", "Saturday", "MAKEUP_WORKDAY");
                });
    }

    @Test
    void a_make_up_working_day_on_a_weekday_is_refused() {
        assertThat(violations(2091, makeUp("2091-01-03", "调休上班")))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("2091-01-03", "星期三", "本来就上班"));
    }

    @Test
    void every_date_lies_in_the_year_and_appears_once() {
        assertThat(violations(2091, holiday("2092-01-01", "元旦")))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).isEqualTo("2092-01-01 不在 2091 年内"));
        assertThat(violations(
                        2091, holiday("2091-01-01", "元旦"), holiday("2091-01-02", "元旦"), holiday("2091-01-01", "元旦")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.position()).isEqualTo(2);
                    assertThat(chinese(v.message())).contains("2091-01-01", "重复");
                });
    }

    @Test
    void missing_fields_and_bad_names_are_named() {
        assertThat(violations(2091, new CalendarEntry(null, DayKind.HOLIDAY, "元旦")))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).isEqualTo("日期不能为空"));
        assertThat(violations(2091, new CalendarEntry(date("2091-01-01"), null, "元旦")))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("缺少类型", "HOLIDAY", "MAKEUP_WORKDAY"));
        assertThat(violations(2091, holiday("2091-01-01", "  ")))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("缺少名称"));
        assertThat(violations(2091, holiday("2091-01-01", null)))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("缺少名称"));
        assertThat(violations(2091, holiday("2091-01-01", "元\n旦")))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("控制字符"));
    }

    @Test
    void a_name_is_measured_in_characters_so_four_byte_characters_count_once() {
        String thirty = "𠮷".repeat(CalendarYear.MAX_NAME_LENGTH);
        assertThat(CalendarYear.of(2091, List.of(holiday("2091-01-01", thirty)))
                        .entries()
                        .get(0)
                        .name())
                .isEqualTo(thirty);
        assertThat(violations(2091, holiday("2091-01-01", thirty + "节")))
                .singleElement()
                .satisfies(v -> assertThat(chinese(v.message())).contains("超过 30 个字"));
    }

    @Test
    void every_broken_entry_is_reported_with_its_position() {
        assertThat(violations(
                        2091,
                        holiday("2091-01-01", "元旦"),
                        holiday("2091-01-06", "周六"),
                        makeUp("2091-01-07", "周日调休"),
                        makeUp("2091-01-08", "周一"),
                        holiday("2090-12-31", "前一年")))
                .extracting(InvalidCalendarException.Violation::position)
                .containsExactly(1, 3, 4);
    }

    @Test
    void a_stored_year_is_read_as_it_is() {
        CalendarYear stored = CalendarYear.stored(2091, List.of(holiday("2091-01-06", "手工改过的周六")));

        assertThat(stored.kindOn(date("2091-01-06"))).contains(DayKind.HOLIDAY);
        assertThat(stored).isEqualTo(CalendarYear.stored(2091, List.of(holiday("2091-01-06", "手工改过的周六"))));
        assertThat(stored).isNotEqualTo(CalendarYear.empty(2091));
    }
}
