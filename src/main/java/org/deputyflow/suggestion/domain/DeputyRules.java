package org.deputyflow.suggestion.domain;

import static org.deputyflow.suggestion.domain.SuggestionAction.AGREE_WITHDRAWAL;
import static org.deputyflow.suggestion.domain.SuggestionAction.ANSWER_CO_SIGNATURE;
import static org.deputyflow.suggestion.domain.SuggestionAction.ANSWER_DELIVERY;
import static org.deputyflow.suggestion.domain.SuggestionAction.EVALUATE;
import static org.deputyflow.suggestion.domain.SuggestionAction.REVISE;

import java.util.List;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Facts;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Reader;

/** A deputy's rules: what a signer, and the lead signer alone, may do with the suggestion. */
final class DeputyRules {

    private DeputyRules() {}

    static void apply(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        // asked about another's action only, the rules below would read the signers for nothing
        if (!p.asksAny(SuggestionAction::deputys)) {
            return;
        }
        Suggestion s = facts.suggestion();
        Signer me = reader.deputyId() == null
                ? null
                : facts.signers().stream()
                        .filter(x -> x.deputyId() == reader.deputyId())
                        .findFirst()
                        .orElse(null);
        boolean lead = me != null && me.lead() && s.submitterDeputyId() == reader.deputyId();
        p.allUnless(SuggestionAction::deputys, me != null, Refusal.forbidden("error.suggestion.action.signersOnly"))
                .allUnless(
                        List.of(REVISE, EVALUATE, ANSWER_DELIVERY)::contains,
                        lead,
                        Refusal.forbidden("error.suggestion.action.leadDeputyOnly"));
        if (me == null) {
            return;
        }
        p.unless(!me.lead(), ANSWER_CO_SIGNATURE, Refusal.conflict("error.suggestion.coSigner.lead"))
                .unless(
                        SuggestionPolicy.status(s, SuggestionStatus.AWAITING_COSIGNERS),
                        ANSWER_CO_SIGNATURE,
                        SuggestionPolicy.wrongStatus(s))
                .unless(
                        me.answer() == SignerAnswer.PENDING,
                        ANSWER_CO_SIGNATURE,
                        Refusal.conflict("error.suggestion.coSigner.answered"));
        p.unless(
                        s.status().beforeAssignment(),
                        AGREE_WITHDRAWAL,
                        Refusal.conflict("error.suggestion.withdrawal.tooLate"))
                .unless(
                        me.answer() == SignerAnswer.ACCEPTED,
                        AGREE_WITHDRAWAL,
                        Refusal.conflict("error.suggestion.withdrawal.answerFirst"))
                .unless(
                        !me.withdrawalAgreed(),
                        AGREE_WITHDRAWAL,
                        Refusal.conflict("error.suggestion.withdrawal.agreed"));
        p.unless(SuggestionPolicy.status(s, SuggestionStatus.RETURNED), REVISE, SuggestionPolicy.wrongStatus(s));
        p.unless(SuggestionPolicy.status(s, SuggestionStatus.REPLIED), EVALUATE, SuggestionPolicy.wrongStatus(s))
                .unless(
                        () -> !SuggestionPolicy.toEvaluate(facts).isEmpty(),
                        EVALUATE,
                        Refusal.conflict("error.suggestion.evaluation.noneLeft"));
        p.unless(
                        SuggestionPolicy.status(s, SuggestionStatus.FOLLOW_UP),
                        ANSWER_DELIVERY,
                        SuggestionPolicy.wrongStatus(s))
                .unless(
                        facts.assignments().stream()
                                .anyMatch(a -> a.active() && a.state() == AssignmentState.AWAITING_CONFIRMATION),
                        ANSWER_DELIVERY,
                        Refusal.conflict("error.suggestion.delivery.noneAwaiting"));
    }
}
