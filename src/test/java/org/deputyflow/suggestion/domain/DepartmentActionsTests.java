package org.deputyflow.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which actions the panel offers: the conditions the actions check, per role and state. */
class DepartmentActionsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void an_unclaimed_lead_offers_claim_contact_and_dispute_to_handlers_and_the_extension_to_leaders() {
        Assignment lead = assignment(AssignmentRole.LEAD, AssignmentState.HANDLING, null);
        DepartmentActions handler = DepartmentActions.of(facts(lead, false, 0, false), "h1", true, false);
        assertThat(handler.claim()).isTrue();
        assertThat(handler.contact()).isTrue();
        assertThat(handler.dispute()).isTrue();
        assertThat(handler.reply()).isFalse();
        assertThat(handler.replyBlocked()).isTrue();
        assertThat(handler.needsClaim()).isTrue();
        assertThat(handler.extension()).isFalse();

        DepartmentActions leader = DepartmentActions.of(facts(lead, false, 0, false), "l1", false, true);
        assertThat(leader.claim()).isFalse();
        assertThat(leader.extension()).isTrue();
        assertThat(leader.any()).isTrue();
        assertThat(DepartmentActions.of(facts(lead, false, 0, true), "l1", false, true)
                        .extension())
                .isFalse();
    }

    @Test
    void the_reply_needs_the_callers_claim_a_contact_and_every_co_unit_opinion() {
        Assignment claimed = assignment(AssignmentRole.LEAD, AssignmentState.HANDLING, "h1");
        assertThat(DepartmentActions.of(facts(claimed, true, 0, false), "h1", true, false)
                        .reply())
                .isTrue();
        assertThat(DepartmentActions.of(facts(claimed, true, 0, false), "h2", true, false)
                        .reply())
                .isFalse();
        assertThat(DepartmentActions.of(facts(claimed, false, 0, false), "h1", true, false)
                        .needsContact())
                .isTrue();
        DepartmentActions waiting = DepartmentActions.of(facts(claimed, true, 1, false), "h1", true, false);
        assertThat(waiting.reply()).isFalse();
        assertThat(waiting.missingOpinions()).isEqualTo(1);
        assertThat(DepartmentActions.of(facts(claimed, true, 0, false), "h1", true, false)
                        .unclaim())
                .isTrue();
    }

    @Test
    void the_dispute_window_closes_after_its_due_date() {
        Assignment late = new Assignment(
                1,
                1,
                1,
                "d",
                "局",
                AssignmentRole.LEAD,
                AssignmentState.HANDLING,
                true,
                null,
                Instant.EPOCH,
                TODAY.minusDays(1),
                null,
                TODAY.plusMonths(2),
                null,
                false,
                null,
                null);
        assertThat(DepartmentActions.of(facts(late, false, 0, false), "h1", true, false)
                        .dispute())
                .isFalse();
    }

    @Test
    void a_co_unit_writes_an_opinion_and_never_replies() {
        Assignment co = assignment(AssignmentRole.CO, AssignmentState.HANDLING, "h1");
        DepartmentActions actions = DepartmentActions.of(facts(co, true, 0, false), "h1", true, true);
        assertThat(actions.opinion()).isTrue();
        assertThat(actions.reply()).isFalse();
        assertThat(actions.replyBlocked()).isFalse();
        assertThat(actions.extension()).isFalse();
        assertThat(actions.due()).isEqualTo(co.opinionDue());
    }

    @Test
    void the_leader_signs_off_a_pending_reply_and_nothing_is_offered_once_replied() {
        Assignment awaiting = assignment(AssignmentRole.LEAD, AssignmentState.AWAITING_SIGN_OFF, "h1");
        Reply reply =
                new Reply(1, 1, 1, ResultClass.A, "答复", null, true, null, "h1", Instant.EPOCH, null, null, null, null);
        DepartmentActions.Facts facts = new DepartmentActions.Facts(awaiting, reply, true, 0, false, TODAY, 3);
        assertThat(DepartmentActions.of(facts, "l1", false, true).signOff()).isTrue();
        assertThat(DepartmentActions.of(facts, "h1", true, false).signOff()).isFalse();

        Assignment replied = assignment(AssignmentRole.LEAD, AssignmentState.REPLIED, null);
        assertThat(DepartmentActions.of(facts(replied, true, 0, false), "h1", true, true)
                        .any())
                .isFalse();
        assertThat(DepartmentActions.of(facts(replied, true, 0, false), "h1", true, true)
                        .due())
                .isNull();
    }

    @Test
    void follow_up_is_for_handlers_of_a_department_in_follow_up() {
        Assignment followUp = assignment(AssignmentRole.LEAD, AssignmentState.FOLLOW_UP, null);
        DepartmentActions actions = DepartmentActions.of(facts(followUp, true, 0, false), "h1", true, false);
        assertThat(actions.followUp()).isTrue();
        assertThat(actions.claim()).isTrue();
        assertThat(actions.reply()).isFalse();
        assertThat(actions.due()).isNull();
    }

    @Test
    void a_year_end_explanation_is_written_by_handlers_while_it_is_owed_and_nothing_is_offered_under_review() {
        Assignment explaining = assignment(AssignmentRole.LEAD, AssignmentState.EXPLAINING, null);
        assertThat(DepartmentActions.of(facts(explaining, true, 0, false), "h1", true, false)
                        .explain())
                .isTrue();
        assertThat(DepartmentActions.of(facts(explaining, true, 0, false), "h1", true, false)
                        .followUp())
                .isFalse();
        assertThat(DepartmentActions.of(facts(explaining, true, 0, false), "l1", false, true)
                        .explain())
                .isFalse();
        for (AssignmentState state :
                new AssignmentState[] {AssignmentState.EXPLANATION_REVIEW, AssignmentState.AWAITING_CONFIRMATION}) {
            Assignment waiting = assignment(AssignmentRole.LEAD, state, null);
            assertThat(DepartmentActions.of(facts(waiting, true, 0, false), "h1", true, true)
                            .any())
                    .isFalse();
        }
    }

    @Test
    void badges_follow_the_owed_due_date() {
        Assignment overdue = new Assignment(
                1,
                1,
                1,
                "d",
                "局",
                AssignmentRole.LEAD,
                AssignmentState.HANDLING,
                true,
                null,
                Instant.EPOCH,
                TODAY,
                null,
                TODAY.minusDays(2),
                null,
                false,
                null,
                null);
        DepartmentActions actions = DepartmentActions.of(facts(overdue, false, 0, false), "h1", true, false);
        assertThat(actions.overdue()).isTrue();
        assertThat(actions.daysOverdue()).isEqualTo(2);
        Assignment soon = new Assignment(
                1,
                1,
                1,
                "d",
                "局",
                AssignmentRole.LEAD,
                AssignmentState.HANDLING,
                true,
                null,
                Instant.EPOCH,
                TODAY,
                null,
                TODAY.plusDays(3),
                null,
                false,
                null,
                null);
        DepartmentActions soonActions = DepartmentActions.of(facts(soon, false, 0, false), "h1", true, false);
        assertThat(soonActions.dueSoon(15)).isTrue();
        assertThat(soonActions.dueSoon(2)).isFalse();
        assertThat(soonActions.daysLeft()).isEqualTo(3);
    }

    private static Assignment assignment(AssignmentRole role, AssignmentState state, String claimedBy) {
        return new Assignment(
                1,
                1,
                1,
                "d",
                "局",
                role,
                state,
                true,
                claimedBy,
                Instant.EPOCH,
                TODAY.plusDays(3),
                TODAY.plusMonths(1),
                TODAY.plusMonths(3),
                null,
                false,
                null,
                null);
    }

    private static DepartmentActions.Facts facts(
            Assignment assignment, boolean contacted, int missing, boolean extensionAsked) {
        return new DepartmentActions.Facts(assignment, null, contacted, missing, extensionAsked, TODAY, 3);
    }
}
