package org.deputyflow.suggestion.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.deputyflow.shared.Once;
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
     * The facts that cost a statement each and that most actions do not look at: {@link Facts#lazy}
     * reads each of them only when a rule of an asked action first looks at it.
     */
    public interface Sources {

        List<Signer> signers();

        List<Evaluation> evaluations();

        /** The assignments with at least one contact with the deputy logged. */
        Set<Long> contacted();

        List<ExtensionRequest> extensions();

        List<Dispute> disputes();

        /** The clocks of the departments' follow-ups. */
        List<FollowUpClock> followUpClocks();
    }

    /**
     * What the rules look at: the suggestion, its assignments and replies, which most rules need, and
     * the {@link Sources}, which few do.
     */
    public static final class Facts {

        private final Suggestion suggestion;
        private final List<Assignment> assignments;
        private final List<Reply> replies;
        private final Supplier<List<Signer>> signers;
        private final Supplier<List<Evaluation>> evaluations;
        private final Supplier<Set<Long>> contacted;
        private final Supplier<List<ExtensionRequest>> extensions;
        private final Supplier<List<Dispute>> disputes;
        private final Supplier<List<FollowUpClock>> followUpClocks;
        private final LocalDate today;

        /**
         * The facts from records already read in full: nothing is read again.
         *
         * @param contacted the assignments with at least one contact with the deputy logged
         */
        public Facts(
                Suggestion suggestion,
                List<Assignment> assignments,
                List<Signer> signers,
                List<Reply> replies,
                List<Evaluation> evaluations,
                Set<Long> contacted,
                List<ExtensionRequest> extensions,
                List<Dispute> disputes,
                List<FollowUpClock> followUpClocks,
                LocalDate today) {
            this(
                    suggestion,
                    assignments,
                    replies,
                    new Read(signers, evaluations, contacted, extensions, disputes, followUpClocks),
                    today);
        }

        private Facts(
                Suggestion suggestion,
                List<Assignment> assignments,
                List<Reply> replies,
                Sources sources,
                LocalDate today) {
            this.suggestion = suggestion;
            this.assignments = List.copyOf(assignments);
            this.replies = List.copyOf(replies);
            this.signers = Once.of(() -> List.copyOf(sources.signers()));
            this.evaluations = Once.of(() -> List.copyOf(sources.evaluations()));
            this.contacted = Once.of(() -> Set.copyOf(sources.contacted()));
            this.extensions = Once.of(() -> List.copyOf(sources.extensions()));
            this.disputes = Once.of(() -> List.copyOf(sources.disputes()));
            this.followUpClocks = Once.of(() -> List.copyOf(sources.followUpClocks()));
            this.today = today;
        }

        /** The facts whose sources are read when a rule first looks at them, and once only. */
        public static Facts lazy(
                Suggestion suggestion,
                List<Assignment> assignments,
                List<Reply> replies,
                Sources sources,
                LocalDate today) {
            return new Facts(suggestion, assignments, replies, sources, today);
        }

        public Suggestion suggestion() {
            return suggestion;
        }

        public List<Assignment> assignments() {
            return assignments;
        }

        public List<Signer> signers() {
            return signers.get();
        }

        public List<Reply> replies() {
            return replies;
        }

        public List<Evaluation> evaluations() {
            return evaluations.get();
        }

        /** The assignments with at least one contact with the deputy logged. */
        public Set<Long> contacted() {
            return contacted.get();
        }

        public List<ExtensionRequest> extensions() {
            return extensions.get();
        }

        public List<Dispute> disputes() {
            return disputes.get();
        }

        /** The clocks of the departments' follow-ups. */
        public List<FollowUpClock> followUpClocks() {
            return followUpClocks.get();
        }

        public LocalDate today() {
            return today;
        }
    }

    /** Sources already read. */
    private record Read(
            List<Signer> signers,
            List<Evaluation> evaluations,
            Set<Long> contacted,
            List<ExtensionRequest> extensions,
            List<Dispute> disputes,
            List<FollowUpClock> followUpClocks)
            implements Sources {}

    private SuggestionPolicy() {}

    /** Everything the reader may do now, and why not the rest: for the lists and panels that offer it. */
    public static Permissions<SuggestionAction> of(Facts facts, Reader reader) {
        return apply(Permissions.of(SuggestionAction.class), facts, reader);
    }

    /**
     * Whether the reader may do this one action now, looking only at the facts its rules need: what a
     * service asks before it acts.
     */
    public static Permissions<SuggestionAction> only(Facts facts, Reader reader, SuggestionAction action) {
        return apply(Permissions.only(action), facts, reader);
    }

    private static Permissions<SuggestionAction> apply(
            Permissions.Builder<SuggestionAction> p, Facts facts, Reader reader) {
        DeputyRules.apply(p, facts, reader);
        StaffRules.apply(p, facts, reader);
        DepartmentRules.apply(p, facts, reader);
        return p.build();
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

    /** An open extension request staff may still approve: its department has not replied yet. */
    public static boolean approvable(ExtensionRequest request, Assignment assignment) {
        return request.open()
                && request.assignmentId() == assignment.id()
                && assignment.state().beforeFirstReply();
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

    static boolean status(Suggestion suggestion, SuggestionStatus... allowed) {
        return EnumSet.of(allowed[0], allowed).contains(suggestion.status());
    }
}
