package org.deputyflow.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarterlyScheduleTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-29T00:00:00Z");

    @ParameterizedTest(name = "JVM in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTC              | 0 0 16 L 3,6,9,12 ? | 0 5 16 * * ?
            Asia/Shanghai    | 0 0 0 1 1,4,7,10 ?  | 0 5 0 * * ?
            Asia/Tokyo       | 0 0 1 1 1,4,7,10 ?  | 0 5 1 * * ?
            Asia/Kolkata     | 0 0 0 1 1,4,7,10 ?  | 0 5 0 * * ?
            """)
    void midnight_in_shanghai_written_for_the_engine_zone(String engineZone, String quarterly, String daily) {
        if (engineZone.equals("Asia/Kolkata")) {
            // half-hour offsets cannot be written as a whole-hour cron
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> QuarterlySchedule.cron(SHANGHAI, ZoneId.of(engineZone), NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        assertThat(QuarterlySchedule.cron(SHANGHAI, ZoneId.of(engineZone), NOW)).isEqualTo(quarterly);
        assertThat(QuarterlySchedule.daily(SHANGHAI, ZoneId.of(engineZone), NOW))
                .isEqualTo(daily);
    }

    @ParameterizedTest(name = "{0} discloses {1}")
    @CsvSource(textBlock = """
            2027-01-01, 2026-Q4
            2026-04-01, 2026-Q1
            2026-07-15, 2026-Q2
            2026-10-01, 2026-Q3
            """)
    void a_quarters_first_day_discloses_the_quarter_before(LocalDate day, String slug) {
        Quarter quarter = Quarter.before(day);
        assertThat(quarter.slug()).isEqualTo(slug);
        assertThat(Quarter.parse(slug)).contains(quarter);
        assertThat(quarter.endedBy(day)).isTrue();
        assertThat(quarter.endExclusive().minusDays(1).isBefore(day)).isTrue();
    }

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @CsvSource(textBlock = """
            1, 2, 50.0%
            2, 3, 66.7%
            0, 0, —
            3, 3, 100.0%
            """)
    void rates_have_one_decimal_and_a_dash_for_nothing(int part, int whole, String expected) {
        assertThat(Rates.percent(part, whole)).isEqualTo(expected);
    }
}
