package org.deputyflow.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a department owes in each state: one definition that the services, the panels, the work
 * lists and the reports all read, so that "still owing" cannot mean two things in two places.
 */
class AssignmentStateTests {

    @Test
    void each_rule_holds_for_exactly_its_states() {
        assertThat(states(AssignmentState::workable))
                .containsExactlyInAnyOrder(AssignmentState.HANDLING, AssignmentState.REHANDLING);
        assertThat(states(AssignmentState::claimable))
                .containsExactlyInAnyOrder(
                        AssignmentState.HANDLING, AssignmentState.REHANDLING, AssignmentState.FOLLOW_UP);
        assertThat(states(AssignmentState::owesOpinion))
                .containsExactlyInAnyOrder(AssignmentState.HANDLING, AssignmentState.DISPUTED);
        assertThat(states(AssignmentState::owesReply))
                .containsExactlyInAnyOrder(
                        AssignmentState.HANDLING,
                        AssignmentState.DISPUTED,
                        AssignmentState.AWAITING_SIGN_OFF,
                        AssignmentState.REHANDLING);
        assertThat(states(AssignmentState::beforeFirstReply))
                .containsExactlyInAnyOrder(
                        AssignmentState.HANDLING, AssignmentState.DISPUTED, AssignmentState.AWAITING_SIGN_OFF);
        // a follow-up owes its report, and at the year end its written explanation
        assertThat(states(AssignmentState::stillOwing))
                .containsExactlyInAnyOrder(
                        AssignmentState.HANDLING,
                        AssignmentState.DISPUTED,
                        AssignmentState.AWAITING_SIGN_OFF,
                        AssignmentState.REHANDLING,
                        AssignmentState.FOLLOW_UP,
                        AssignmentState.EXPLAINING);
    }

    @Test
    void nothing_is_owed_once_the_part_is_over() {
        for (AssignmentState ended : EnumSet.of(
                AssignmentState.REPLIED,
                AssignmentState.OPINION_GIVEN,
                AssignmentState.OPINION_WAIVED,
                AssignmentState.REASSIGNED,
                AssignmentState.DONE)) {
            assertThat(ended.stillOwing() || ended.claimable() || ended.owesOpinion())
                    .as(ended.name())
                    .isFalse();
        }
    }

    @Test
    void where_lists_the_states_in_declaration_order_for_a_query() {
        assertThat(AssignmentState.where(AssignmentState::owesOpinion))
                .containsExactly(AssignmentState.HANDLING, AssignmentState.DISPUTED);
    }

    @Test
    void the_owed_due_date_is_the_opinions_for_a_co_unit_and_the_replys_for_a_replying_department() {
        LocalDate opinionDue = LocalDate.of(2026, 4, 10);
        LocalDate replyDue = LocalDate.of(2026, 6, 10);
        assertThat(assignment(AssignmentRole.CO, AssignmentState.DISPUTED, false, opinionDue, replyDue)
                        .owedDue())
                .isEqualTo(opinionDue);
        assertThat(assignment(AssignmentRole.CO, AssignmentState.HANDLING, true, opinionDue, replyDue)
                        .owedDue())
                .isNull();
        assertThat(assignment(AssignmentRole.CO, AssignmentState.OPINION_GIVEN, false, opinionDue, replyDue)
                        .owedDue())
                .isNull();
        assertThat(assignment(AssignmentRole.LEAD, AssignmentState.AWAITING_SIGN_OFF, false, opinionDue, replyDue)
                        .owedDue())
                .isEqualTo(replyDue);
        assertThat(assignment(AssignmentRole.PARALLEL_LEAD, AssignmentState.REHANDLING, false, opinionDue, replyDue)
                        .owedDue())
                .isEqualTo(replyDue);
        assertThat(assignment(AssignmentRole.LEAD, AssignmentState.FOLLOW_UP, false, opinionDue, replyDue)
                        .owedDue())
                .isNull();
    }

    private static Set<AssignmentState> states(java.util.function.Predicate<AssignmentState> rule) {
        return Set.copyOf(AssignmentState.where(rule));
    }

    private static Assignment assignment(
            AssignmentRole role, AssignmentState state, boolean waived, LocalDate opinionDue, LocalDate replyDue) {
        return new Assignment(
                1,
                1,
                1,
                "d1",
                "市甲局",
                role,
                state,
                true,
                null,
                Instant.EPOCH,
                LocalDate.of(2026, 3, 20),
                opinionDue,
                replyDue,
                null,
                waived,
                null,
                null);
    }
}
