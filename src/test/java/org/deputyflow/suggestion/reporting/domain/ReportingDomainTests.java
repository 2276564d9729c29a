package org.deputyflow.suggestion.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.ResultClass;
import org.junit.jupiter.api.Test;

class ReportingDomainTests {

    @Test
    void something_due_today_is_not_yet_overdue() {
        LocalDate due = LocalDate.of(2026, 5, 4);
        assertThat(OverdueClock.overdue(due, due.minusDays(1))).isFalse();
        assertThat(OverdueClock.overdue(due, due)).isFalse();
        assertThat(OverdueClock.overdue(due, due.plusDays(1))).isTrue();
    }

    @Test
    void departments_owe_opinions_and_replies_staff_and_deputies_owe_the_rest() {
        assertThat(OverdueClock.values())
                .filteredOn(OverdueClock::departmentLevel)
                .containsExactly(OverdueClock.CO_UNIT_OPINION, OverdueClock.REPLY);
        assertThat(OverdueClock.REPLYING_ROLES).containsExactly(AssignmentRole.LEAD, AssignmentRole.PARALLEL_LEAD);
    }

    @Test
    void a_share_keeps_its_counts_and_has_no_rate_without_a_base() {
        assertThat(Share.of(2, 3)).isEqualTo(new Share(2, 3, new BigDecimal("0.6667")));
        assertThat(Share.of(0, 0)).isEqualTo(new Share(0, 0, null));
        assertThatThrownBy(() -> Share.of(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_solved_rate_stands_beside_the_satisfaction_rate_and_every_level_is_shown() {
        DepartmentStatistics statistics = DepartmentStatistics.of(
                new DepartmentStatistics.Department(1, "d1", "市甲局"),
                new DepartmentStatistics.Counts(
                        10,
                        8,
                        4,
                        3,
                        1,
                        2,
                        1,
                        Map.of(ResultClass.A, 1L, ResultClass.D, 3L),
                        Map.of(Rating.SATISFIED, 4L),
                        Map.of(Rating.SATISFIED, 3L, Rating.BASICALLY_SATISFIED, 1L),
                        0,
                        1));

        assertThat(statistics.assignedAsCoUnit()).isEqualTo(2);
        assertThat(statistics.opinionsLate()).isEqualTo(1);
        assertThat(statistics.evaluated()).isEqualTo(4);
        assertThat(statistics.resultClasses())
                .containsExactly(
                        Map.entry(ResultClass.A, 1L),
                        Map.entry(ResultClass.B, 0L),
                        Map.entry(ResultClass.C, 0L),
                        Map.entry(ResultClass.D, 3L));
        assertThat(statistics.attitude()).containsEntry(Rating.UNSATISFIED, 0L);
        // rated "satisfied" throughout, yet one reply in four solved the problem
        assertThat(statistics.satisfactionRate()).isEqualTo(Share.of(4, 4));
        assertThat(statistics.solvedRate()).isEqualTo(Share.of(1, 4));
    }
}
