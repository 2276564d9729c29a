package org.deputyflow.suggestion.domain;

import static org.deputyflow.suggestion.domain.SuggestionAction.AGREE_WITHDRAWAL;
import static org.deputyflow.suggestion.domain.SuggestionAction.ANSWER_CO_SIGNATURE;
import static org.deputyflow.suggestion.domain.SuggestionAction.ANSWER_DELIVERY;
import static org.deputyflow.suggestion.domain.SuggestionAction.ASSIGN;
import static org.deputyflow.suggestion.domain.SuggestionAction.CLAIM;
import static org.deputyflow.suggestion.domain.SuggestionAction.CLOSE_NOT_EVALUATED;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_DISPUTE;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_EXTENSION;
import static org.deputyflow.suggestion.domain.SuggestionAction.DECIDE_REHANDLING;
import static org.deputyflow.suggestion.domain.SuggestionAction.DISPUTE;
import static org.deputyflow.suggestion.domain.SuggestionAction.EVALUATE;
import static org.deputyflow.suggestion.domain.SuggestionAction.EXPLAIN;
import static org.deputyflow.suggestion.domain.SuggestionAction.LOG_CONTACT;
import static org.deputyflow.suggestion.domain.SuggestionAction.MERGE;
import static org.deputyflow.suggestion.domain.SuggestionAction.REPORT_FOLLOW_UP;
import static org.deputyflow.suggestion.domain.SuggestionAction.REQUEST_EXTENSION;
import static org.deputyflow.suggestion.domain.SuggestionAction.REVISE;
import static org.deputyflow.suggestion.domain.SuggestionAction.SCREEN;
import static org.deputyflow.suggestion.domain.SuggestionAction.SIGN_OFF;
import static org.deputyflow.suggestion.domain.SuggestionAction.SUBMIT_OPINION;
import static org.deputyflow.suggestion.domain.SuggestionAction.SUBMIT_REPLY;
import static org.deputyflow.suggestion.domain.SuggestionAction.UNCLAIM;
import static org.deputyflow.suggestion.domain.SuggestionAction.URGE;
import static org.deputyflow.suggestion.domain.SuggestionAction.WAIVE_OPINION;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.shared.Text;

/**
 * What one reader may do with one suggestion now, and why not the rest: the one answer that the
 * services check before they act, the API lists and the panels offer. A department acts on its own
 * part (its active assignment), a deputy as a signer, staff on the whole suggestion.
 */
public final class SuggestionPolicy {

    /** Who asks: the roles and the deputy or department they act for. */
    public record Reader(
            String login, Long deputyId, Long departmentId, boolean staff, boolean handler, boolean leader) {}

    /**
     * What the rules look at.
     *
     * @param contacted the assignments with at least one contact with the deputy logged
     */
    public record Facts(
            Suggestion suggestion,
            List<Assignment> assignments,
            List<Signer> signers,
            List<Reply> replies,
            List<Evaluation> evaluations,
            Set<Long> contacted,
            List<ExtensionRequest> extensions,
            List<Dispute> disputes,
            LocalDate today) {

        public Facts {
            assignments = List.copyOf(assignments);
            signers = List.copyOf(signers);
            replies = List.copyOf(replies);
            evaluations = List.copyOf(evaluations);
            contacted = Set.copyOf(contacted);
            extensions = List.copyOf(extensions);
            disputes = List.copyOf(disputes);
        }
    }

    private SuggestionPolicy() {}

    public static Permissions<SuggestionAction> of(Facts facts, Reader reader) {
        Permissions.Builder<SuggestionAction> p = Permissions.of(SuggestionAction.class);
        deputy(p, facts, reader);
        staff(p, facts, reader);
        department(p, facts, reader);
        return p.build();
    }

    private static void deputy(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        Suggestion s = facts.suggestion();
        Signer me = reader.deputyId() == null
                ? null
                : facts.signers().stream()
                        .filter(x -> x.deputyId() == reader.deputyId())
                        .findFirst()
                        .orElse(null);
        boolean lead = me != null && me.lead() && s.submitterDeputyId() == reader.deputyId();
        for (SuggestionAction action : SuggestionAction.values()) {
            if (action.deputys()) {
                p.unless(me != null, action, Refusal.forbidden("error.suggestion.action.signersOnly"));
            }
        }
        for (SuggestionAction action : List.of(REVISE, EVALUATE, ANSWER_DELIVERY)) {
            p.unless(lead, action, Refusal.forbidden("error.suggestion.action.leadDeputyOnly"));
        }
        if (me == null) {
            return;
        }
        p.unless(!me.lead(), ANSWER_CO_SIGNATURE, Refusal.conflict("error.suggestion.coSigner.lead"))
                .unless(status(s, SuggestionStatus.AWAITING_COSIGNERS), ANSWER_CO_SIGNATURE, wrongStatus(s))
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
        p.unless(status(s, SuggestionStatus.RETURNED), REVISE, wrongStatus(s));
        p.unless(status(s, SuggestionStatus.REPLIED), EVALUATE, wrongStatus(s))
                .unless(
                        !toEvaluate(facts).isEmpty(),
                        EVALUATE,
                        Refusal.conflict("error.suggestion.evaluation.noneLeft"));
        p.unless(status(s, SuggestionStatus.FOLLOW_UP), ANSWER_DELIVERY, wrongStatus(s))
                .unless(
                        facts.assignments().stream()
                                .anyMatch(a -> a.active() && a.state() == AssignmentState.AWAITING_CONFIRMATION),
                        ANSWER_DELIVERY,
                        Refusal.conflict("error.suggestion.delivery.noneAwaiting"));
    }

    private static void staff(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        for (SuggestionAction action : SuggestionAction.values()) {
            if (action.staffs()) {
                p.unless(reader.staff(), action, Refusal.forbidden("error.suggestion.action.staffOnly"));
            }
        }
        Suggestion s = facts.suggestion();
        p.unless(status(s, SuggestionStatus.SUBMITTED), SCREEN, wrongStatus(s))
                .unless(status(s, SuggestionStatus.SUBMITTED, SuggestionStatus.ACCEPTED), MERGE, wrongStatus(s))
                .unless(status(s, SuggestionStatus.ACCEPTED), ASSIGN, wrongStatus(s))
                .unless(status(s, SuggestionStatus.IN_HANDLING), DECIDE_DISPUTE, wrongStatus(s))
                .unless(
                        facts.disputes().stream().anyMatch(Dispute::open),
                        DECIDE_DISPUTE,
                        Refusal.conflict("error.suggestion.dispute.noneOpen"))
                .unless(
                        facts.extensions().stream().anyMatch(ExtensionRequest::open),
                        DECIDE_EXTENSION,
                        Refusal.conflict("error.suggestion.extension.noneOpen"))
                .unless(status(s, SuggestionStatus.IN_HANDLING), WAIVE_OPINION, wrongStatus(s))
                .unless(
                        !waivable(facts.assignments(), facts.today()).isEmpty(),
                        WAIVE_OPINION,
                        Refusal.conflict("error.suggestion.waiver.noneOverdue"))
                .unless(
                        !owing(facts.assignments()).isEmpty(),
                        URGE,
                        Refusal.conflict("error.suggestion.urge.noDepartmentOwes"))
                .unless(status(s, SuggestionStatus.AWAITING_REHANDLING_DECISION), DECIDE_REHANDLING, wrongStatus(s))
                .unless(status(s, SuggestionStatus.REPLIED), CLOSE_NOT_EVALUATED, wrongStatus(s))
                .unless(
                        s.evaluationLapsedOn(facts.today()),
                        CLOSE_NOT_EVALUATED,
                        Refusal.conflict("error.suggestion.evaluation.notLapsed", String.valueOf(s.evaluationDue())));
    }

    private static void department(Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        for (SuggestionAction action : SuggestionAction.values()) {
            if (action.handlers()) {
                p.unless(reader.handler(), action, Refusal.forbidden("error.suggestion.action.handlersOnly"));
            } else if (action.leaders()) {
                p.unless(reader.leader(), action, Refusal.forbidden("error.suggestion.action.leadersOnly"));
            }
        }
        Optional<Assignment> own = ownAssignment(facts, reader);
        for (SuggestionAction action : SuggestionAction.values()) {
            if (action.handlers() || action.leaders()) {
                p.unless(own.isPresent(), action, Refusal.forbidden("error.suggestion.action.notAssigned"));
            }
        }
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
        List<String> missing = missingOpinions(facts);
        p.unless(a.role().replies(), SUBMIT_REPLY, Refusal.conflict("error.suggestion.reply.coUnit"))
                .unless(state.workable(), SUBMIT_REPLY, Refusal.conflict("error.suggestion.reply.notNow"))
                .unless(mine, SUBMIT_REPLY, Refusal.conflict("error.suggestion.reply.claimFirst"))
                .unless(
                        facts.contacted().contains(a.id()),
                        SUBMIT_REPLY,
                        Refusal.conflict("error.suggestion.reply.contactFirst"))
                .unless(
                        missing.isEmpty(),
                        SUBMIT_REPLY,
                        Refusal.conflict("error.suggestion.reply.opinionsMissing", listed(missing)));
        p.unless(
                        state == AssignmentState.AWAITING_SIGN_OFF,
                        SIGN_OFF,
                        Refusal.conflict("error.suggestion.signOff.nothingToSign"))
                .unless(
                        pendingReply(facts, a).isPresent(),
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
                        facts.extensions().stream().noneMatch(x -> x.assignmentId() == a.id()),
                        REQUEST_EXTENSION,
                        Refusal.conflict("error.suggestion.extension.once"));
        p.unless(state == AssignmentState.EXPLAINING, EXPLAIN, Refusal.conflict("error.suggestion.explanation.notDue"));
    }

    /** The reader's department's active part in the suggestion, if it has one. */
    public static Optional<Assignment> ownAssignment(Facts facts, Reader reader) {
        if (reader.departmentId() == null) {
            return Optional.empty();
        }
        long department = reader.departmentId();
        return facts.assignments().stream()
                .filter(a -> a.active() && a.departmentId() == department)
                .findFirst();
    }

    /** The reply of this part waiting for its leader's sign-off, if any. */
    public static Optional<Reply> pendingReply(Facts facts, Assignment assignment) {
        return facts.replies().stream()
                .filter(r -> r.assignmentId() == assignment.id() && r.awaitingSignOff())
                .reduce((first, second) -> second);
    }

    /**
     * The co-units whose opinion the lead's reply still waits for: in the first round only, none
     * given and none waived.
     */
    public static List<String> missingOpinions(Facts facts) {
        if (facts.suggestion().handlingRound() != 1) {
            return List.of();
        }
        return facts.assignments().stream()
                .filter(a -> a.active()
                        && a.role() == AssignmentRole.CO
                        && !a.opinionWaived()
                        && a.state() != AssignmentState.OPINION_GIVEN)
                .map(Assignment::departmentName)
                .toList();
    }

    /** The replying parts whose reply of this round reached the deputy and is not evaluated yet. */
    public static List<Assignment> toEvaluate(Facts facts) {
        return toEvaluate(facts.suggestion(), facts.assignments(), facts.replies(), facts.evaluations());
    }

    public static List<Assignment> toEvaluate(
            Suggestion suggestion, List<Assignment> assignments, List<Reply> replies, List<Evaluation> evaluations) {
        int round = suggestion.handlingRound();
        return assignments.stream()
                .filter(a -> a.active() && a.role().replies())
                .filter(a -> replies.stream()
                        .anyMatch(r ->
                                r.assignmentId() == a.id() && r.round() == round && Boolean.TRUE.equals(r.approved())))
                .filter(a -> evaluations.stream().noneMatch(e -> e.assignmentId() == a.id() && e.round() == round))
                .toList();
    }

    /** The parts that still owe something staff may urge. */
    public static List<Assignment> owing(List<Assignment> assignments) {
        return assignments.stream()
                .filter(a -> a.active() && a.state().stillOwing())
                .toList();
    }

    /** The co-units whose opinion is overdue today and may be waived: active, still owing, past due. */
    public static List<Assignment> waivable(List<Assignment> assignments, LocalDate today) {
        return assignments.stream().filter(a -> waivable(a, today)).toList();
    }

    public static boolean waivable(Assignment a, LocalDate today) {
        return a.active()
                && a.role() == AssignmentRole.CO
                && a.state() == AssignmentState.HANDLING
                && !a.opinionWaived()
                && a.opinionDue() != null
                && today.isAfter(a.opinionDue());
    }

    /** Names joined as one argument of a sentence, in the reader's language. */
    public static Object listed(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        Object joined = items.get(0);
        for (String item : items.subList(1, items.size())) {
            joined = Text.of("text.suggestion.list", joined, item);
        }
        return joined;
    }

    /** The refusal of an action the suggestion's status does not allow. */
    public static Refusal wrongStatus(Suggestion suggestion) {
        return Refusal.conflict(
                "error.suggestion.wrongStatus",
                suggestion.number(),
                Text.of("status." + suggestion.status().name()));
    }

    private static boolean status(Suggestion suggestion, SuggestionStatus... allowed) {
        return EnumSet.of(allowed[0], allowed).contains(suggestion.status());
    }
}
