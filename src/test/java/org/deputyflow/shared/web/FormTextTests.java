package org.deputyflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormTextTests {

    @Test
    void anEnumIsReadByItsExactNameAndNothingElse() {
        assertThat(FormText.enumOf(DayOfWeek.class, " MONDAY ")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(FormText.enumOf(DayOfWeek.class, "monday")).isNull();
        assertThat(FormText.enumOf(DayOfWeek.class, "")).isNull();
        assertThat(FormText.enumOf(DayOfWeek.class, null)).isNull();
    }

    @Test
    void anIdIsUnsignedDigitsThatFitALong() {
        assertThat(FormText.id(" 42 ")).isEqualTo(42L);
        assertThat(FormText.id("-1")).isNull();
        assertThat(FormText.id("+1")).isNull();
        assertThat(FormText.id("1e3")).isNull();
        assertThat(FormText.id("99999999999999999999")).isNull();
        assertThat(FormText.id("\u0661\u0662")).isNull();
        assertThat(FormText.id("")).isNull();
        assertThat(FormText.id(null)).isNull();
    }

    @Test
    void onlyTrueAndFalseAreAnAnswer() {
        assertThat(FormText.bool("true")).isTrue();
        assertThat(FormText.bool("false")).isFalse();
        assertThat(FormText.bool("on")).isNull();
        assertThat(FormText.bool(null)).isNull();
    }

    @Test
    void datesAndTimesAreIso() {
        assertThat(FormText.date(" 2025-03-01 ")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(FormText.date("2025-02-30")).isNull();
        assertThat(FormText.date("01.03.2025")).isNull();
        assertThat(FormText.date(" ")).isNull();
        assertThat(FormText.dateTime("2025-03-01T09:30")).isEqualTo(LocalDateTime.of(2025, 3, 1, 9, 30));
        assertThat(FormText.dateTime("2025-03-01")).isNull();
        assertThat(FormText.dateTime(null)).isNull();
    }

    @Test
    void onlyWhatWasEnteredCanBeUnreadable() {
        assertThat(FormText.unreadable("x", null)).isTrue();
        assertThat(FormText.unreadable("1", 1L)).isFalse();
        assertThat(FormText.unreadable(" ", null)).isFalse();
        assertThat(FormText.unreadable(null, null)).isFalse();
    }
}
