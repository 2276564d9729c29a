package org.deputyflow.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.deputyflow.records.domain.RecordOrder.Column;
import org.deputyflow.shared.BadRequestException;
import org.junit.jupiter.api.Test;

class RecordOrderTests {

    @Test
    void a_sort_names_a_column_and_maybe_a_direction() {
        assertThat(RecordOrder.parse(null)).isEqualTo(new RecordOrder(Column.NAME, false));
        assertThat(RecordOrder.parse(" ")).isEqualTo(RecordOrder.DEFAULT);
        assertThat(RecordOrder.parse("suggestionsLed")).isEqualTo(new RecordOrder(Column.SUGGESTIONS_LED, false));
        assertThat(RecordOrder.parse("meetings,desc")).isEqualTo(new RecordOrder(Column.MEETINGS, true));
        assertThat(RecordOrder.parse("evaluationsOnTime,ASC"))
                .isEqualTo(new RecordOrder(Column.EVALUATIONS_ON_TIME, false));
        for (Column column : Column.values()) {
            assertThat(RecordOrder.parse(column.key() + ",desc").column()).isEqualTo(column);
        }
    }

    @Test
    void anything_else_is_bad_input() {
        for (String bad : new String[] {"id", "name,up", "name,desc,asc", "NAME", "name;drop table deputy"}) {
            assertThatThrownBy(() -> RecordOrder.parse(bad))
                    .as(bad)
                    .isInstanceOf(BadRequestException.class)
                    .extracting(e -> ((BadRequestException) e).field())
                    .isEqualTo("sort");
        }
    }

    @Test
    void a_header_click_turns_the_direction_of_its_own_column_only() {
        RecordOrder ledAscending = RecordOrder.parse("suggestionsLed");
        assertThat(ledAscending.toggle("suggestionsLed")).isEqualTo("suggestionsLed,desc");
        assertThat(ledAscending.toggle("meetings")).isEqualTo("meetings,asc");
        assertThat(RecordOrder.parse("suggestionsLed,desc").toggle("suggestionsLed"))
                .isEqualTo("suggestionsLed,asc");
        assertThat(ledAscending.param()).isEqualTo("suggestionsLed,asc");
    }

    @Test
    void a_deputy_who_led_or_co_signed_nothing_submitted_nothing_whatever_else_they_did() {
        assertThat(DeputyRecord.of(2026, 1, "甲", "团", 0, 0, 0, 0, 5, 4, 2).submittedNothing())
                .isTrue();
        assertThat(DeputyRecord.of(2026, 1, "甲", "团", 0, 0, 0, 1, 0, 0, 0).submittedNothing())
                .isFalse();
        assertThat(DeputyRecord.of(2026, 1, "甲", "团", 0, 1, 0, 0, 0, 0, 0).submittedNothing())
                .isFalse();
        assertThat(DeputyRecord.of(2026, 1, "甲", "团", 0, 0, 0, 0, 5, 4, 2).evaluationsLate())
                .isEqualTo(1);
    }
}
