package org.deputyflow.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Which actions the panel offers: read from {@link SuggestionPolicy} for the department's own part,
 * per role and state (the states are {@link SuggestionPolicyTests#scenario}'s).
 */
class DepartmentActionsTests {

    static final LocalDate TODAY = SuggestionPolicyTests.TODAY;
    static final SuggestionPolicy.Reader BOTH_ROLES =
            new SuggestionPolicy.Reader("h1", null, SuggestionPolicyTests.LEAD_DEPARTMENT, false, true, true);

    @Test
    void an_unclaimed_lead_offers_claim_contact_and_dispute_to_handlers_and_the_extension_to_leaders() {
        DepartmentActions handler = actions("unclaimed", "claimant");
        assertThat(handler.claim()).isTrue();
        assertThat(handler.contact()).isTrue();
        assertThat(handler.dispute()).isTrue();
        assertThat(handler.reply()).isFalse();
        assertThat(handler.replyBlocked()).isTrue();
        assertThat(handler.needsClaim()).isTrue();
        assertThat(handler.extension()).isFalse();

        DepartmentActions leader = actions("unclaimed", "leader");
        assertThat(leader.claim()).isFalse();
        assertThat(leader.extension()).isTrue();
        assertThat(leader.any()).isTrue();
        assertThat(actions("extensionAsked", "leader").extension()).isFalse();
    }

    @Test
    void the_reply_needs_the_callers_claim_a_contact_and_every_co_unit_opinion() {
        assertThat(actions("opinionGiven", "claimant").reply()).isTrue();
        assertThat(actions("opinionGiven", "otherHandler").reply()).isFalse();
        assertThat(actions("uncontacted", "claimant").needsContact()).isTrue();
        DepartmentActions waiting = actions("handling", "claimant");
        assertThat(waiting.reply()).isFalse();
        assertThat(waiting.replyBlocked()).isTrue();
        assertThat(waiting.missingOpinions()).isEqualTo(1);
        assertThat(actions("opinionGiven", "claimant").unclaim()).isTrue();
    }

    @Test
    void the_dispute_window_closes_after_its_due_date() {
        assertThat(actions("disputeLate", "claimant").dispute()).isFalse();
    }

    @Test
    void a_co_unit_writes_an_opinion_and_never_replies() {
        DepartmentActions actions = actions(
                "handling",
                new SuggestionPolicy.Reader("h3", null, SuggestionPolicyTests.CO_DEPARTMENT, false, true, true));
        assertThat(actions.opinion()).isTrue();
        assertThat(actions.reply()).isFalse();
        assertThat(actions.replyBlocked()).isFalse();
        assertThat(actions.extension()).isFalse();
        assertThat(actions.due()).isEqualTo(actions.assignment().opinionDue());
    }

    @Test
    void the_leader_signs_off_a_pending_reply_and_nothing_is_offered_once_replied() {
        assertThat(actions("signing", "leader").signOff()).isTrue();
        assertThat(actions("signing", "leader").pendingReply()).isNotNull();
        assertThat(actions("signing", "otherHandler").signOff()).isFalse();

        assertThat(actions("replied", BOTH_ROLES).any()).isFalse();
        assertThat(actions("replied", BOTH_ROLES).due()).isNull();
    }

    @Test
    void follow_up_is_for_handlers_of_a_department_in_follow_up() {
        DepartmentActions actions = actions("followUp", "otherHandler");
        assertThat(actions.followUp()).isTrue();
        assertThat(actions.claim()).isTrue();
        assertThat(actions.reply()).isFalse();
        assertThat(actions.due()).isNull();
    }

    @Test
    void a_year_end_explanation_is_written_by_handlers_while_it_is_owed_and_nothing_is_offered_under_review() {
        assertThat(actions("explaining", "otherHandler").explain()).isTrue();
        assertThat(actions("explaining", "otherHandler").followUp()).isFalse();
        assertThat(actions("explaining", "leader").explain()).isFalse();
        for (String state : new String[] {"explanationReview", "confirming"}) {
            assertThat(actions(state, BOTH_ROLES).any()).as(state).isFalse();
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
        DepartmentActions actions = shown(overdue);
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
        DepartmentActions soonActions = shown(soon);
        assertThat(soonActions.dueSoon(15)).isTrue();
        assertThat(soonActions.dueSoon(2)).isFalse();
        assertThat(soonActions.daysLeft()).isEqualTo(3);
    }

    private static DepartmentActions actions(String state, String reader) {
        return actions(state, SuggestionPolicyTests.READERS.get(reader));
    }

    private static DepartmentActions actions(String state, SuggestionPolicy.Reader reader) {
        SuggestionPolicy.Facts facts = SuggestionPolicyTests.scenario(state);
        Assignment own = SuggestionPolicy.ownAssignment(facts, reader).orElseThrow();
        DepartmentActions.Facts shown = new DepartmentActions.Facts(
                own,
                SuggestionPolicy.pendingReply(facts, own).orElse(null),
                facts.contacted().contains(own.id()),
                SuggestionPolicy.missingOpinions(facts).size(),
                TODAY,
                3);
        return DepartmentActions.of(SuggestionPolicy.of(facts, reader), shown, reader.login());
    }

    /** The badges read the assignment's own dates, whatever is allowed. */
    private static DepartmentActions shown(Assignment assignment) {
        SuggestionPolicy.Facts facts = SuggestionPolicyTests.scenario("handling");
        SuggestionPolicy.Reader reader = SuggestionPolicyTests.READERS.get("claimant");
        return DepartmentActions.of(
                SuggestionPolicy.of(facts, reader),
                new DepartmentActions.Facts(assignment, null, false, 0, TODAY, 3),
                reader.login());
    }
}
