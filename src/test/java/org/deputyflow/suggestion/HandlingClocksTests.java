package org.deputyflow.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HandlingClocksTests {

    @Test
    void due_soon_is_the_window_of_the_first_reminder_and_nothing_without_reminders() {
        assertThat(clocks(List.of(15, 3)).dueSoonDays()).isEqualTo(15);
        assertThat(clocks(List.of(5, 20, 1)).dueSoonDays()).isEqualTo(20);
        assertThat(clocks(List.of()).dueSoonDays()).isZero();
    }

    private static HandlingClocks clocks(List<Integer> reminders) {
        return new HandlingClocks(7, 7, 1, 3, 3, 20, 1, reminders, 50);
    }
}
