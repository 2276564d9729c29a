package org.deputyflow.suggestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy as a table: a suggestion in a named state, a reader in a named relation to it, an action,
 * and what the policy says: {@code allowed}, or the refusal's status (403 for the reader, 409 for the
 * state) and code.
 */
class SuggestionPolicyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final long LEAD_DEPUTY = 100;
    static final long CO_SIGNER = 101;
    static final long LEAD_DEPARTMENT = 10;
    static final long CO_DEPARTMENT = 20;

    static final Map<String, SuggestionPolicy.Reader> READERS = Map.of(
            "leadDeputy", new SuggestionPolicy.Reader("d100", LEAD_DEPUTY, null, false, false, false),
            "coSigner", new SuggestionPolicy.Reader("d101", CO_SIGNER, null, false, false, false),
            "otherDeputy", new SuggestionPolicy.Reader("d102", 102L, null, false, false, false),
            "staff", new SuggestionPolicy.Reader("s1", null, null, true, false, false),
            "council", new SuggestionPolicy.Reader("c1", null, null, false, false, false),
            "claimant", new SuggestionPolicy.Reader("h1", null, LEAD_DEPARTMENT, false, true, false),
            "otherHandler", new SuggestionPolicy.Reader("h2", null, LEAD_DEPARTMENT, false, true, false),
            "leader", new SuggestionPolicy.Reader("l1", null, LEAD_DEPARTMENT, false, false, true),
            "coHandler", new SuggestionPolicy.Reader("h3", null, CO_DEPARTMENT, false, true, false),
            "unassigned", new SuggestionPolicy.Reader("h4", null, 30L, false, true, true));

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            cosigning       | coSigner     | ANSWER_CO_SIGNATURE | allowed
            cosigning       | leadDeputy   | ANSWER_CO_SIGNATURE | 409 error.suggestion.coSigner.lead
            cosigning       | otherDeputy  | ANSWER_CO_SIGNATURE | 403 error.suggestion.action.signersOnly
            cosigning       | staff        | ANSWER_CO_SIGNATURE | 403 error.suggestion.action.signersOnly
            submitted       | coSigner     | ANSWER_CO_SIGNATURE | 409 error.suggestion.wrongStatus
            cosigning       | leadDeputy   | AGREE_WITHDRAWAL    | allowed
            cosigning       | coSigner     | AGREE_WITHDRAWAL    | 409 error.suggestion.withdrawal.answerFirst
            submitted       | coSigner     | AGREE_WITHDRAWAL    | allowed
            withdrawing     | leadDeputy   | AGREE_WITHDRAWAL    | 409 error.suggestion.withdrawal.agreed
            handling        | leadDeputy   | AGREE_WITHDRAWAL    | 409 error.suggestion.withdrawal.tooLate
            returned        | leadDeputy   | REVISE              | allowed
            returned        | coSigner     | REVISE              | 403 error.suggestion.action.leadDeputyOnly
            submitted       | leadDeputy   | REVISE              | 409 error.suggestion.wrongStatus
            replied         | leadDeputy   | EVALUATE            | allowed
            replied         | coSigner     | EVALUATE            | 403 error.suggestion.action.leadDeputyOnly
            evaluated       | leadDeputy   | EVALUATE            | 409 error.suggestion.evaluation.noneLeft
            handling        | leadDeputy   | EVALUATE            | 409 error.suggestion.wrongStatus
            confirming      | leadDeputy   | ANSWER_DELIVERY     | allowed
            followUp        | leadDeputy   | ANSWER_DELIVERY     | 409 error.suggestion.delivery.noneAwaiting
            confirming      | coSigner     | ANSWER_DELIVERY     | 403 error.suggestion.action.leadDeputyOnly
            submitted       | staff        | SCREEN              | allowed
            submitted       | council      | SCREEN              | 403 error.suggestion.action.staffOnly
            submitted       | leadDeputy   | SCREEN              | 403 error.suggestion.action.staffOnly
            accepted        | staff        | SCREEN              | 409 error.suggestion.wrongStatus
            submitted       | staff        | MERGE               | allowed
            accepted        | staff        | MERGE               | allowed
            handling        | staff        | MERGE               | 409 error.suggestion.wrongStatus
            accepted        | staff        | ASSIGN              | allowed
            submitted       | staff        | ASSIGN              | 409 error.suggestion.wrongStatus
            disputed        | staff        | DECIDE_DISPUTE      | allowed
            handling        | staff        | DECIDE_DISPUTE      | 409 error.suggestion.dispute.noneOpen
            extensionAsked  | staff        | APPROVE_EXTENSION   | allowed
            extensionAsked  | leader       | APPROVE_EXTENSION   | 403 error.suggestion.action.staffOnly
            extensionAsked  | leadDeputy   | APPROVE_EXTENSION   | 403 error.suggestion.action.staffOnly
            extensionReplied| staff        | APPROVE_EXTENSION   | 409 error.suggestion.extension.replied
            handling        | staff        | APPROVE_EXTENSION   | 409 error.suggestion.extension.noneOpen
            extensionAsked  | staff        | REFUSE_EXTENSION    | allowed
            extensionReplied| staff        | REFUSE_EXTENSION    | allowed
            extensionAsked  | leader       | REFUSE_EXTENSION    | 403 error.suggestion.action.staffOnly
            extensionAsked  | claimant     | REFUSE_EXTENSION    | 403 error.suggestion.action.staffOnly
            handling        | staff        | REFUSE_EXTENSION    | 409 error.suggestion.extension.noneOpen
            opinionLate     | staff        | WAIVE_OPINION       | allowed
            handling        | staff        | WAIVE_OPINION       | 409 error.suggestion.waiver.noneOverdue
            replied         | staff        | WAIVE_OPINION       | 409 error.suggestion.wrongStatus
            handling        | staff        | URGE                | allowed
            followUp        | staff        | URGE                | allowed
            confirming      | staff        | URGE                | 409 error.suggestion.urge.noDepartmentOwes
            handling        | claimant     | URGE                | 403 error.suggestion.action.staffOnly
            rehandlingAsked | staff        | DECIDE_REHANDLING   | allowed
            replied         | staff        | DECIDE_REHANDLING   | 409 error.suggestion.wrongStatus
            explanationReview | staff      | REVIEW_EXPLANATION  | allowed
            explanationReview | claimant   | REVIEW_EXPLANATION  | 403 error.suggestion.action.staffOnly
            explanationReview | leadDeputy | REVIEW_EXPLANATION  | 403 error.suggestion.action.staffOnly
            explaining      | staff        | REVIEW_EXPLANATION  | 409 error.suggestion.explanation.noneToReview
            followUp        | staff        | REVIEW_EXPLANATION  | 409 error.suggestion.explanation.noneToReview
            confirmLapsed   | staff        | CONFIRM_DELIVERY    | allowed
            confirmLapsed   | leadDeputy   | CONFIRM_DELIVERY    | 403 error.suggestion.action.staffOnly
            confirmLapsed   | claimant     | CONFIRM_DELIVERY    | 403 error.suggestion.action.staffOnly
            confirming      | staff        | CONFIRM_DELIVERY    | 409 error.suggestion.delivery.notLapsed
            followUp        | staff        | CONFIRM_DELIVERY    | 409 error.suggestion.delivery.noneAwaiting
            explanationReview | staff      | CONFIRM_DELIVERY    | 409 error.suggestion.delivery.noneAwaiting
            handling        | staff        | CONFIRM_DELIVERY    | 409 error.suggestion.wrongStatus
            confirmLapsed   | leadDeputy   | ANSWER_DELIVERY     | allowed
            lapsed          | staff        | CLOSE_NOT_EVALUATED | allowed
            replied         | staff        | CLOSE_NOT_EVALUATED | 409 error.suggestion.evaluation.notLapsed
            unclaimed       | claimant     | CLAIM               | allowed
            unclaimed       | leader       | CLAIM               | 403 error.suggestion.action.handlersOnly
            unclaimed       | unassigned   | CLAIM               | 403 error.suggestion.action.notAssigned
            unclaimed       | staff        | CLAIM               | 403 error.suggestion.action.handlersOnly
            handling        | otherHandler | CLAIM               | 409 error.suggestion.claim.claimedBy
            signing         | claimant     | CLAIM               | 409 error.suggestion.claim.nothingToClaim
            followUp        | otherHandler | CLAIM               | allowed
            handling        | claimant     | UNCLAIM             | allowed
            handling        | otherHandler | UNCLAIM             | 409 error.suggestion.claim.notClaimed
            signingClaimed  | claimant     | UNCLAIM             | 409 error.suggestion.handling.noTask
            handling        | claimant     | DISPUTE             | allowed
            handling        | coHandler    | DISPUTE             | allowed
            disputeLate     | claimant     | DISPUTE             | 409 error.suggestion.dispute.overdue
            disputed        | claimant     | DISPUTE             | 409 error.suggestion.dispute.notNow
            handling        | otherHandler | LOG_CONTACT         | allowed
            followUp        | claimant     | LOG_CONTACT         | allowed
            signing         | claimant     | LOG_CONTACT         | 409 error.suggestion.contact.notHandling
            handling        | coHandler    | SUBMIT_OPINION      | allowed
            handling        | claimant     | SUBMIT_OPINION      | 409 error.suggestion.opinion.coUnitsOnly
            opinionGiven    | coHandler    | SUBMIT_OPINION      | 409 error.suggestion.opinion.notNow
            opinionGiven    | claimant     | SUBMIT_REPLY        | allowed
            opinionWaived   | claimant     | SUBMIT_REPLY        | allowed
            handling        | claimant     | SUBMIT_REPLY        | 409 error.suggestion.reply.opinionsMissing
            opinionGiven    | otherHandler | SUBMIT_REPLY        | 409 error.suggestion.reply.claimFirst
            uncontacted     | claimant     | SUBMIT_REPLY        | 409 error.suggestion.reply.contactFirst
            opinionGiven    | coHandler    | SUBMIT_REPLY        | 409 error.suggestion.reply.coUnit
            signing         | claimant     | SUBMIT_REPLY        | 409 error.suggestion.reply.notNow
            opinionGiven    | leader       | SUBMIT_REPLY        | 403 error.suggestion.action.handlersOnly
            rehandling      | claimant     | SUBMIT_REPLY        | allowed
            signing         | leader       | SIGN_OFF            | allowed
            signing         | claimant     | SIGN_OFF            | 403 error.suggestion.action.leadersOnly
            handling        | leader       | SIGN_OFF            | 409 error.suggestion.signOff.nothingToSign
            followUp        | claimant     | REPORT_FOLLOW_UP    | allowed
            confirming      | claimant     | REPORT_FOLLOW_UP    | 409 error.suggestion.followUp.none
            handling        | leader       | REQUEST_EXTENSION   | allowed
            signing         | leader       | REQUEST_EXTENSION   | allowed
            extensionAsked  | leader       | REQUEST_EXTENSION   | 409 error.suggestion.extension.once
            replied         | leader       | REQUEST_EXTENSION   | 409 error.suggestion.extension.notNow
            coLeader        | leader       | REQUEST_EXTENSION   | 409 error.suggestion.extension.leadsOnly
            handling        | claimant     | REQUEST_EXTENSION   | 403 error.suggestion.action.leadersOnly
            explaining      | otherHandler | EXPLAIN             | allowed
            followUp        | claimant     | EXPLAIN             | 409 error.suggestion.explanation.notDue
            explaining      | leader       | EXPLAIN             | 403 error.suggestion.action.handlersOnly
            """)
    void the_policy_allows_or_refuses_with_its_reason(
            String state, String reader, SuggestionAction action, String expected) {
        Permissions<SuggestionAction> permissions = SuggestionPolicy.of(scenario(state), READERS.get(reader));
        assertThat(describe(permissions.refusal(action).orElse(null))).isEqualTo(expected);
        assertThat(permissions.allows(action)).isEqualTo(expected.equals("allowed"));
        Permissions<SuggestionAction> alone = SuggestionPolicy.only(scenario(state), READERS.get(reader), action);
        assertThat(alone.refusal(action)).isEqualTo(permissions.refusal(action));
    }

    /** A service asks about its one action: the answer is the same as when every action is decided. */
    @Test
    void the_policy_for_one_action_answers_as_the_policy_for_all() {
        for (String state : STATES) {
            for (Map.Entry<String, SuggestionPolicy.Reader> reader : READERS.entrySet()) {
                Permissions<SuggestionAction> all = SuggestionPolicy.of(scenario(state), reader.getValue());
                for (SuggestionAction action : SuggestionAction.values()) {
                    Permissions<SuggestionAction> alone =
                            SuggestionPolicy.only(scenario(state), reader.getValue(), action);
                    assertThat(alone.refusal(action))
                            .as("%s: %s %s", state, reader.getKey(), action)
                            .isEqualTo(all.refusal(action));
                    assertThat(alone.asked()).containsExactly(action);
                }
            }
        }
    }

    /** Whatever the state, a reader is offered only the actions of their own role. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyStateAndReader")
    void nobody_is_offered_another_roles_action(String state, String reader) {
        SuggestionPolicy.Reader r = READERS.get(reader);
        Permissions<SuggestionAction> permissions = SuggestionPolicy.of(scenario(state), r);
        for (SuggestionAction action : permissions.allowed()) {
            boolean ownRole = action.deputys()
                    ? r.deputyId() != null
                    : action.staffs() ? r.staff() : action.leaders() ? r.leader() : r.handler();
            assertThat(ownRole).as(action.name()).isTrue();
        }
        if (reader.equals("council") || reader.equals("otherDeputy") || reader.equals("unassigned")) {
            assertThat(permissions.allowed()).isEmpty();
        }
    }

    @Test
    void the_reply_names_every_co_unit_still_owing_its_opinion() {
        Refusal refusal = SuggestionPolicy.of(scenario("handling"), READERS.get("claimant"))
                .refusal(SuggestionAction.SUBMIT_REPLY)
                .orElseThrow();
        assertThat(refusal.arguments()).containsExactly("co");
        assertThat(SuggestionPolicy.missingOpinions(scenario("rehandling"))).isEmpty();
    }

    @Test
    void staff_are_told_until_when_the_deputy_may_still_confirm_the_delivery() {
        Refusal refusal = SuggestionPolicy.of(scenario("confirming"), READERS.get("staff"))
                .refusal(SuggestionAction.CONFIRM_DELIVERY)
                .orElseThrow();
        assertThat(refusal.arguments()).containsExactly(TODAY.plusDays(5).toString());
    }

    @Test
    void approving_needs_an_open_request_of_a_department_that_has_not_replied() {
        ExtensionRequest open =
                new ExtensionRequest(1, 1, 2, "r", "l1", Instant.EPOCH, TODAY, null, null, null, null, null);
        ExtensionRequest decided =
                new ExtensionRequest(1, 1, 2, "r", "l1", Instant.EPOCH, TODAY, false, "s1", Instant.EPOCH, null, null);
        Assignment handling = scenario("extensionAsked").assignments().get(0);
        Assignment replied = scenario("extensionReplied").assignments().get(0);
        assertThat(SuggestionPolicy.approvable(open, handling)).isTrue();
        assertThat(SuggestionPolicy.approvable(open, replied)).isFalse();
        assertThat(SuggestionPolicy.approvable(decided, handling)).isFalse();
    }

    @Test
    void the_owing_and_reply_states_are_the_state_enums_own_rules() {
        assertThat(AssignmentState.where(AssignmentState::stillOwing))
                .containsExactly(
                        AssignmentState.HANDLING,
                        AssignmentState.DISPUTED,
                        AssignmentState.AWAITING_SIGN_OFF,
                        AssignmentState.REHANDLING,
                        AssignmentState.FOLLOW_UP,
                        AssignmentState.EXPLAINING);
        assertThat(AssignmentState.where(AssignmentState::beforeFirstReply))
                .containsExactly(AssignmentState.HANDLING, AssignmentState.DISPUTED, AssignmentState.AWAITING_SIGN_OFF);
    }

    static Stream<Arguments> everyStateAndReader() {
        List<Arguments> all = new ArrayList<>();
        for (String state : STATES) {
            for (String reader : READERS.keySet()) {
                all.add(Arguments.of(state, reader));
            }
        }
        return all.stream();
    }

    static final List<String> STATES = List.of(
            "cosigning",
            "withdrawing",
            "submitted",
            "returned",
            "accepted",
            "unclaimed",
            "handling",
            "uncontacted",
            "disputed",
            "disputeLate",
            "opinionLate",
            "opinionGiven",
            "opinionWaived",
            "extensionAsked",
            "extensionReplied",
            "coLeader",
            "signing",
            "signingClaimed",
            "replied",
            "evaluated",
            "lapsed",
            "rehandlingAsked",
            "rehandling",
            "followUp",
            "confirming",
            "confirmLapsed",
            "explaining",
            "explanationReview");

    private static String describe(Refusal refusal) {
        if (refusal == null) {
            return "allowed";
        }
        return (refusal.kind() == Refusal.Kind.FORBIDDEN ? "403 " : "409 ") + refusal.code();
    }

    /** The suggestion in a named state: a lead unit (10) whose handler h1 claimed it, a co-unit (20). */
    static SuggestionPolicy.Facts scenario(String name) {
        Scenario s = new Scenario();
        switch (name) {
            case "cosigning" -> {
                s.status = SuggestionStatus.AWAITING_COSIGNERS;
                s.coSignerAnswer = SignerAnswer.PENDING;
                s.assigned = false;
            }
            case "withdrawing" -> {
                s.status = SuggestionStatus.SUBMITTED;
                s.leadAgreedWithdrawal = true;
                s.assigned = false;
            }
            case "submitted" -> {
                s.status = SuggestionStatus.SUBMITTED;
                s.assigned = false;
            }
            case "returned" -> {
                s.status = SuggestionStatus.RETURNED;
                s.assigned = false;
            }
            case "accepted" -> {
                s.status = SuggestionStatus.ACCEPTED;
                s.assigned = false;
            }
            case "unclaimed" -> s.claimedBy = null;
            case "handling" -> {
                // the defaults
            }
            case "uncontacted" -> {
                s.coState = AssignmentState.OPINION_GIVEN;
                s.contacted = false;
            }
            case "disputed" -> {
                s.leadState = AssignmentState.DISPUTED;
                s.openDispute = true;
            }
            case "disputeLate" -> s.disputeDue = TODAY.minusDays(1);
            case "opinionLate" -> s.opinionDue = TODAY.minusDays(1);
            case "opinionGiven" -> s.coState = AssignmentState.OPINION_GIVEN;
            case "opinionWaived" -> {
                s.coState = AssignmentState.OPINION_WAIVED;
                s.coWaived = true;
            }
            case "extensionAsked" -> s.extensionAsked = true;
            case "extensionReplied" -> {
                // the request stays open after the lead's reply reached the deputy
                s.status = SuggestionStatus.REPLIED;
                s.leadState = AssignmentState.REPLIED;
                s.coState = AssignmentState.OPINION_GIVEN;
                s.reply = Boolean.TRUE;
                s.extensionAsked = true;
                s.evaluationDue = TODAY.plusDays(5);
            }
            case "coLeader" -> s.leadRole = AssignmentRole.CO;
            case "signing", "signingClaimed" -> {
                s.leadState = AssignmentState.AWAITING_SIGN_OFF;
                s.coState = AssignmentState.OPINION_GIVEN;
                s.reply = null;
                s.claimedBy = name.equals("signing") ? null : "h1";
            }
            case "replied", "evaluated", "lapsed" -> {
                s.status = SuggestionStatus.REPLIED;
                s.leadState = AssignmentState.REPLIED;
                s.coState = AssignmentState.OPINION_GIVEN;
                s.reply = Boolean.TRUE;
                s.evaluated = name.equals("evaluated");
                s.evaluationDue = name.equals("lapsed") ? TODAY.minusDays(1) : TODAY.plusDays(5);
            }
            case "rehandlingAsked" -> {
                s.status = SuggestionStatus.AWAITING_REHANDLING_DECISION;
                s.leadState = AssignmentState.REPLIED;
                s.coState = AssignmentState.OPINION_GIVEN;
                s.reply = Boolean.TRUE;
                s.evaluated = true;
            }
            case "rehandling" -> {
                s.status = SuggestionStatus.REHANDLING;
                s.rehandled = true;
                s.leadState = AssignmentState.REHANDLING;
                s.coState = AssignmentState.HANDLING;
            }
            case "followUp", "confirming", "confirmLapsed", "explaining", "explanationReview" -> {
                s.status = SuggestionStatus.FOLLOW_UP;
                s.leadState = switch (name) {
                    case "followUp" -> AssignmentState.FOLLOW_UP;
                    case "confirming", "confirmLapsed" -> AssignmentState.AWAITING_CONFIRMATION;
                    case "explanationReview" -> AssignmentState.EXPLANATION_REVIEW;
                    default -> AssignmentState.EXPLAINING;
                };
                s.coState = AssignmentState.OPINION_GIVEN;
                s.claimedBy = null;
                s.reply = Boolean.TRUE;
                s.evaluated = true;
                if (name.startsWith("confirm")) {
                    s.confirmationDue = name.equals("confirming") ? TODAY.plusDays(5) : TODAY.minusDays(1);
                }
            }
            default -> throw new IllegalArgumentException(name);
        }
        return s.facts();
    }

    /** What varies between the states; the defaults are a suggestion in handling. */
    private static final class Scenario {
        SuggestionStatus status = SuggestionStatus.IN_HANDLING;
        SignerAnswer coSignerAnswer = SignerAnswer.ACCEPTED;
        boolean leadAgreedWithdrawal;
        boolean assigned = true;
        boolean rehandled;
        AssignmentRole leadRole = AssignmentRole.LEAD;
        AssignmentState leadState = AssignmentState.HANDLING;
        AssignmentState coState = AssignmentState.HANDLING;
        boolean coWaived;
        String claimedBy = "h1";
        LocalDate disputeDue = TODAY.plusDays(3);
        LocalDate opinionDue = TODAY.plusDays(20);
        boolean contacted = true;
        boolean openDispute;
        boolean extensionAsked;
        /** the lead's reply: none, awaiting sign-off (null) or approved */
        Boolean reply = Boolean.FALSE;

        boolean evaluated;
        LocalDate evaluationDue;
        /** the lead deputy's last day to confirm the lead's reported delivery; null while none is reported */
        LocalDate confirmationDue;

        SuggestionPolicy.Facts facts() {
            Suggestion suggestion = new Suggestion(
                    1,
                    "2026-001",
                    "t",
                    "c",
                    "cat",
                    Period.SESSION,
                    status,
                    LEAD_DEPUTY,
                    false,
                    false,
                    null,
                    null,
                    null,
                    rehandled,
                    Instant.EPOCH,
                    Instant.EPOCH,
                    null,
                    null,
                    null,
                    null,
                    evaluationDue,
                    false,
                    null);
            List<Signer> signers = List.of(
                    new Signer(
                            1, LEAD_DEPUTY, "lead", true, SignerAnswer.ACCEPTED, Instant.EPOCH, leadAgreedWithdrawal),
                    new Signer(1, CO_SIGNER, "co", false, coSignerAnswer, null, false));
            List<Assignment> assignments = !assigned
                    ? List.of()
                    : List.of(
                            assignment(1, LEAD_DEPARTMENT, "lead", leadRole, leadState, claimedBy, false),
                            assignment(2, CO_DEPARTMENT, "co", AssignmentRole.CO, coState, null, coWaived));
            int round = rehandled ? 2 : 1;
            List<Reply> replies = reply == Boolean.FALSE || !assigned
                    ? List.of()
                    : List.of(new Reply(
                            1,
                            1,
                            round,
                            ResultClass.B,
                            "r",
                            TODAY,
                            true,
                            null,
                            "h1",
                            Instant.EPOCH,
                            reply,
                            null,
                            null,
                            null));
            List<Evaluation> evaluations = evaluated
                    ? List.of(new Evaluation(
                            1, 1, round, Rating.SATISFIED, Rating.SATISFIED, null, null, LEAD_DEPUTY, Instant.EPOCH))
                    : List.of();
            List<ExtensionRequest> extensions = extensionAsked
                    ? List.of(new ExtensionRequest(
                            1, 1, 2, "r", "l1", Instant.EPOCH, TODAY, null, null, null, null, null))
                    : List.of();
            List<Dispute> disputes =
                    openDispute ? List.of(new Dispute(1, 1, "r", "h1", Instant.EPOCH, null, null, null)) : List.of();
            List<FollowUpClock> clocks = confirmationDue == null
                    ? List.of()
                    : List.of(new FollowUpClock(
                            1,
                            LEAD_DEPARTMENT,
                            TODAY.plusMonths(1),
                            Instant.EPOCH,
                            confirmationDue.minusDays(28),
                            confirmationDue,
                            null,
                            null,
                            false));
            return new SuggestionPolicy.Facts(
                    suggestion,
                    assignments,
                    signers,
                    replies,
                    evaluations,
                    contacted && assigned ? Set.of(1L) : Set.of(),
                    extensions,
                    disputes,
                    clocks,
                    TODAY);
        }

        private Assignment assignment(
                long id,
                long department,
                String name,
                AssignmentRole role,
                AssignmentState state,
                String claimant,
                boolean waived) {
            return new Assignment(
                    id,
                    1,
                    department,
                    "d" + department,
                    name,
                    role,
                    state,
                    true,
                    claimant,
                    Instant.EPOCH,
                    disputeDue,
                    opinionDue,
                    TODAY.plusMonths(3),
                    null,
                    waived,
                    null,
                    null);
        }
    }
}
