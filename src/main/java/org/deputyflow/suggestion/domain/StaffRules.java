package org.deputyflow.suggestion.domain;

import static org.deputyflow.suggestion.domain.SuggestionAction.ASSIGN;
import static org.deputyflow.suggestion.domain.SuggestionAction.CLOSE_NOT_EVALUATED;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_DISPUTE;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_EXTENSION;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_REHANDLING;
import static org.deputyflow.suggestion.domain.SuggestionAction.MERGE;
import static org.deputyflow.suggestion.domain.SuggestionAction.SCREEN;
import static org.deputyflow.suggestion.domain.SuggestionAction.URGE;
import static org.deputyflow.suggestion.domain.SuggestionAction.WAIVE_OPINION;

import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Facts;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Reader;

/** Committee staff's rules: the whole suggestion, by its status and what is open on it. */
final class StaffRules {

    private StaffRules() {}

    static void apply(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        for (SuggestionAction action : SuggestionAction.values()) {
            if (action.staffs()) {
                p.unless(reader.staff(), action, Refusal.forbidden("error.suggestion.action.staffOnly"));
            }
        }
        Suggestion s = facts.suggestion();
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
                .unless(
                        () -> facts.extensions().stream().anyMatch(ExtensionRequest::open),
                        DECIDE_EXTENSION,
                        Refusal.conflict("error.suggestion.extension.noneOpen"))
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
    }
}
