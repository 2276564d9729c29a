package org.deputyflow.suggestion.domain;

import static org.deputyflow.suggestion.domain.SuggestionAction.APPROVE_EXTENSION;
import static org.deputyflow.suggestion.domain.SuggestionAction.ASSIGN;
import static org.deputyflow.suggestion.domain.SuggestionAction.CLOSE_NOT_EVALUATED;
import static org.deputyflow.suggestion.domain.SuggestionAction.CONFIRM_DELIVERY;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_DISPUTE;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_REHANDLING;
import static org.deputyflow.suggestion.domain.SuggestionAction.MERGE;
import static org.deputyflow.suggestion.domain.SuggestionAction.REFUSE_EXTENSION;
import static org.deputyflow.suggestion.domain.SuggestionAction.REVIEW_EXPLANATION;
import static org.deputyflow.suggestion.domain.SuggestionAction.SCREEN;
import static org.deputyflow.suggestion.domain.SuggestionAction.URGE;
import static org.deputyflow.suggestion.domain.SuggestionAction.WAIVE_OPINION;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Facts;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Reader;

/** Committee staff's rules: the whole suggestion, by its status and what is open on it. */
final class StaffRules {

    private StaffRules() {}

    static void apply(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        p.allUnless(SuggestionAction::staffs, reader.staff(), Refusal.forbidden("error.suggestion.action.staffOnly"));
        Suggestion s = facts.suggestion();
        BooleanSupplier anExtensionOpen = () -> facts.extensions().stream().anyMatch(ExtensionRequest::open);
        p.unless(SuggestionPolicy.status(s, SuggestionStatus.SUBMITTED), SCREEN, SuggestionPolicy.wrongStatus(s))
                .unless(
                        SuggestionPolicy.status(s, SuggestionStatus.SUBMITTED, SuggestionStatus.ACCEPTED),
                        MERGE,
                        SuggestionPolicy.wrongStatus(s))
                .unless(SuggestionPolicy.status(s, SuggestionStatus.ACCEPTED), ASSIGN, SuggestionPolicy.wrongStatus(s))
                .unless(
                        SuggestionPolicy.status(s, SuggestionStatus.IN_HANDLING),
                        DECIDE_DISPUTE,
                        SuggestionPolicy.wrongStatus(s))
                .unless(
                        () -> facts.disputes().stream().anyMatch(Dispute::open),
                        DECIDE_DISPUTE,
                        Refusal.conflict("error.suggestion.dispute.noneOpen"))
                .unless(anExtensionOpen, REFUSE_EXTENSION, Refusal.conflict("error.suggestion.extension.noneOpen"))
                .unless(anExtensionOpen, APPROVE_EXTENSION, Refusal.conflict("error.suggestion.extension.noneOpen"))
                .unless(
                        () -> facts.extensions().stream()
                                .anyMatch(x ->
                                        facts.assignments().stream().anyMatch(a -> SuggestionPolicy.approvable(x, a))),
                        APPROVE_EXTENSION,
                        Refusal.conflict("error.suggestion.extension.replied"))
                .unless(
                        SuggestionPolicy.status(s, SuggestionStatus.IN_HANDLING),
                        WAIVE_OPINION,
                        SuggestionPolicy.wrongStatus(s))
                .unless(
                        !SuggestionPolicy.waivable(facts.assignments(), facts.today())
                                .isEmpty(),
                        WAIVE_OPINION,
                        Refusal.conflict("error.suggestion.waiver.noneOverdue"))
                .unless(
                        !SuggestionPolicy.owing(facts.assignments()).isEmpty(),
                        URGE,
                        Refusal.conflict("error.suggestion.urge.noDepartmentOwes"))
                .unless(
                        SuggestionPolicy.status(s, SuggestionStatus.AWAITING_REHANDLING_DECISION),
                        DECIDE_REHANDLING,
                        SuggestionPolicy.wrongStatus(s))
                .unless(
                        SuggestionPolicy.status(s, SuggestionStatus.REPLIED),
                        CLOSE_NOT_EVALUATED,
                        SuggestionPolicy.wrongStatus(s))
                .unless(
                        s.evaluationLapsedOn(facts.today()),
                        CLOSE_NOT_EVALUATED,
                        Refusal.conflict("error.suggestion.evaluation.notLapsed", String.valueOf(s.evaluationDue())));
        p.unless(
                facts.assignments().stream()
                        .anyMatch(a -> a.active() && a.state() == AssignmentState.EXPLANATION_REVIEW),
                REVIEW_EXPLANATION,
                Refusal.conflict("error.suggestion.explanation.noneToReview"));
        confirmDelivery(p, facts, reader);
    }

    /**
     * The deliveries awaiting the lead deputy's confirmation, each with its follow-up's clock: staff may
     * confirm those whose confirmation period is over.
     */
    private static List<FollowUpClock> awaitingConfirmation(Facts facts) {
        return facts.followUpClocks().stream()
                .filter(c -> c.confirmedAt() == null
                        && facts.assignments().stream()
                                .anyMatch(a -> a.id() == c.assignmentId() && awaitsConfirmation(a)))
                .toList();
    }

    private static boolean awaitsConfirmation(Assignment a) {
        return a.active() && a.state() == AssignmentState.AWAITING_CONFIRMATION;
    }

    /** Staff confirm a delivery in the lead deputy's stead only once the deputy's confirmation period is over. */
    private static void confirmDelivery(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        Suggestion s = facts.suggestion();
        boolean following = SuggestionPolicy.status(s, SuggestionStatus.FOLLOW_UP);
        boolean awaitingAny = facts.assignments().stream().anyMatch(StaffRules::awaitsConfirmation);
        p.unless(following, CONFIRM_DELIVERY, SuggestionPolicy.wrongStatus(s))
                .unless(awaitingAny, CONFIRM_DELIVERY, Refusal.conflict("error.suggestion.delivery.noneAwaiting"));
        if (!p.asks(CONFIRM_DELIVERY) || !reader.staff() || !following || !awaitingAny) {
            // refused already: the clocks need not be read
            return;
        }
        List<FollowUpClock> awaiting = awaitingConfirmation(facts);
        LocalDate firstDue = awaiting.stream()
                .map(FollowUpClock::confirmationDue)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        p.unless(
                awaiting.stream().anyMatch(c -> c.confirmationLapsedOn(facts.today())),
                CONFIRM_DELIVERY,
                Refusal.conflict("error.suggestion.delivery.notLapsed", String.valueOf(firstDue)));
    }
}
