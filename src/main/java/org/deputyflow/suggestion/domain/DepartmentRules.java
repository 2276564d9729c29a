package org.deputyflow.suggestion.domain;

import static org.deputyflow.suggestion.domain.SuggestionAction.CLAIM;
import static org.deputyflow.suggestion.domain.SuggestionAction.DISPUTE;
import static org.deputyflow.suggestion.domain.SuggestionAction.EXPLAIN;
import static org.deputyflow.suggestion.domain.SuggestionAction.LOG_CONTACT;
import static org.deputyflow.suggestion.domain.SuggestionAction.REPORT_FOLLOW_UP;
import static org.deputyflow.suggestion.domain.SuggestionAction.REQUEST_EXTENSION;
import static org.deputyflow.suggestion.domain.SuggestionAction.SIGN_OFF;
import static org.deputyflow.suggestion.domain.SuggestionAction.SUBMIT_OPINION;
import static org.deputyflow.suggestion.domain.SuggestionAction.SUBMIT_REPLY;
import static org.deputyflow.suggestion.domain.SuggestionAction.UNCLAIM;

import java.util.List;
import java.util.Optional;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Facts;
import org.deputyflow.suggestion.domain.SuggestionPolicy.Reader;

/** A department's rules: its own part (its active assignment), by who holds it and its state. */
final class DepartmentRules {

    private DepartmentRules() {}

    static void apply(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        p.allUnless(
                        SuggestionAction::handlers,
                        reader.handler(),
                        Refusal.forbidden("error.suggestion.action.handlersOnly"))
                .allUnless(
                        SuggestionAction::leaders,
                        reader.leader(),
                        Refusal.forbidden("error.suggestion.action.leadersOnly"));
        Optional<Assignment> own = SuggestionPolicy.ownAssignment(facts, reader);
        p.allUnless(
                action -> action.handlers() || action.leaders(),
                own.isPresent(),
                Refusal.forbidden("error.suggestion.action.notAssigned"));
        if (own.isEmpty()) {
            return;
        }
        Assignment a = own.get();
        AssignmentState state = a.state();
        boolean mine = reader.login() != null && reader.login().equals(a.claimedBy());
        p.unless(state.claimable(), CLAIM, Refusal.conflict("error.suggestion.claim.nothingToClaim"))
                .unless(
                        a.claimedBy() == null,
                        CLAIM,
                        Refusal.conflict("error.suggestion.claim.claimedBy", String.valueOf(a.claimedBy())));
        p.unless(mine, UNCLAIM, Refusal.conflict("error.suggestion.claim.notClaimed"))
                .unless(state.handlersStep(), UNCLAIM, Refusal.conflict("error.suggestion.handling.noTask"));
        p.unless(state == AssignmentState.HANDLING, DISPUTE, Refusal.conflict("error.suggestion.dispute.notNow"))
                .unless(
                        a.disputeDue() != null && !facts.today().isAfter(a.disputeDue()),
                        DISPUTE,
                        Refusal.conflict("error.suggestion.dispute.overdue", String.valueOf(a.disputeDue())));
        p.unless(state.claimable(), LOG_CONTACT, Refusal.conflict("error.suggestion.contact.notHandling"));
        p.unless(
                        a.role() == AssignmentRole.CO,
                        SUBMIT_OPINION,
                        Refusal.conflict("error.suggestion.opinion.coUnitsOnly"))
                .unless(
                        state == AssignmentState.HANDLING,
                        SUBMIT_OPINION,
                        Refusal.conflict("error.suggestion.opinion.notNow"));
        List<String> missing = SuggestionPolicy.missingOpinions(facts);
        p.unless(a.role().replies(), SUBMIT_REPLY, Refusal.conflict("error.suggestion.reply.coUnit"))
                .unless(state.workable(), SUBMIT_REPLY, Refusal.conflict("error.suggestion.reply.notNow"))
                .unless(mine, SUBMIT_REPLY, Refusal.conflict("error.suggestion.reply.claimFirst"))
                .unless(
                        () -> facts.contacted().contains(a.id()),
                        SUBMIT_REPLY,
                        Refusal.conflict("error.suggestion.reply.contactFirst"))
                .unless(
                        missing.isEmpty(),
                        SUBMIT_REPLY,
                        Refusal.conflict("error.suggestion.reply.opinionsMissing", SuggestionPolicy.listed(missing)));
        p.unless(
                        state == AssignmentState.AWAITING_SIGN_OFF,
                        SIGN_OFF,
                        Refusal.conflict("error.suggestion.signOff.nothingToSign"))
                .unless(
                        SuggestionPolicy.pendingReply(facts, a).isPresent(),
                        SIGN_OFF,
                        Refusal.conflict("error.suggestion.signOff.nothingToSign"));
        p.unless(
                state == AssignmentState.FOLLOW_UP,
                REPORT_FOLLOW_UP,
                Refusal.conflict("error.suggestion.followUp.none"));
        p.unless(a.role().replies(), REQUEST_EXTENSION, Refusal.conflict("error.suggestion.extension.leadsOnly"))
                .unless(
                        state.beforeFirstReply(),
                        REQUEST_EXTENSION,
                        Refusal.conflict("error.suggestion.extension.notNow"))
                .unless(
                        () -> facts.extensions().stream().noneMatch(x -> x.assignmentId() == a.id()),
                        REQUEST_EXTENSION,
                        Refusal.conflict("error.suggestion.extension.once"));
        p.unless(state == AssignmentState.EXPLAINING, EXPLAIN, Refusal.conflict("error.suggestion.explanation.notDue"));
    }
}
