package org.deputyflow.suggestion;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.persistence.SignerMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.deputyflow.suggestion.process.SuggestionProcessView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deputy's work: returned suggestions to revise, co-signature requests to answer, replies to
 * evaluate, and which of their actions a suggestion allows them now.
 */
@Service
@Transactional(readOnly = true)
public class DeputyDesk {

    private final SignerMapper signers;
    private final SuggestionMapper suggestions;
    private final SuggestionProcessView process;
    private final SuggestionAccess access;

    DeputyDesk(
            SignerMapper signers,
            SuggestionMapper suggestions,
            SuggestionProcessView process,
            SuggestionAccess access) {
        this.signers = signers;
        this.suggestions = suggestions;
        this.process = process;
        this.access = access;
    }

    /** The lead deputy's returned suggestions waiting for a revision; each carries the staff's reason. */
    public Page<Suggestion> suggestionsToRevise(CurrentUser user, PageRequest page) {
        return withTasksOf(user, SuggestionProcess.TASK_REVISE, page);
    }

    /**
     * The suggestion as the revision form starts from it, checked as the revision itself checks:
     * not found outside the deputy's sight, forbidden to anyone but the lead deputy, a conflict
     * unless staff returned it and it still waits for the revision.
     */
    public Suggestion returnedForRevision(CurrentUser user, long id) {
        long deputyId = SubmittingSuggestions.deputyOf(user);
        Suggestion suggestion = access.visible(user, id);
        if (suggestion.submitterDeputyId() != deputyId) {
            throw new AccessDeniedException("only the lead deputy revises");
        }
        SuggestionAccess.requireStatus(suggestion, SuggestionStatus.RETURNED);
        return suggestion;
    }

    public Page<Suggestion> coSignatureRequests(CurrentUser user, PageRequest page) {
        if (user.deputyId() == null) {
            return Page.of(List.of(), page, 0);
        }
        long total = signers.countPendingFor(user.deputyId());
        List<Long> ids = total == 0 ? List.of() : signers.pendingFor(user.deputyId(), page.offset(), page.size());
        return Page.of(inOrder(ids), page, total);
    }

    /** The lead deputy's evaluation tasks: only their own login evaluates. */
    public Page<Suggestion> repliesToEvaluate(CurrentUser user, PageRequest page) {
        return withTasksOf(user, SuggestionProcess.TASK_EVALUATE, page);
    }

    /** A page of the suggestions where the deputy's own login has a task at the step; none for a non-deputy. */
    private Page<Suggestion> withTasksOf(CurrentUser user, String taskKey, PageRequest page) {
        if (user.deputyId() == null) {
            return Page.of(List.of(), page, 0);
        }
        long total = process.countTasksOf(user.login(), taskKey);
        List<Long> ids = total == 0
                ? List.of()
                : process.suggestionsWithTasksOf(user.login(), taskKey, page.offset(), page.size());
        return Page.of(inOrder(ids), page, total);
    }

    /**
     * What the caller may do as a deputy on this suggestion: answer a co-signature request,
     * agree to withdraw it, revise it after staff returned it, evaluate the replies not yet
     * evaluated in this round, confirm or dispute the deliveries departments reported.
     */
    public record DeputyActions(
            boolean answerCoSignature,
            boolean withdraw,
            boolean revise,
            List<Assignment> toEvaluate,
            List<Assignment> toConfirm) {

        public static final DeputyActions NONE = new DeputyActions(false, false, false, List.of(), List.of());

        public boolean any() {
            return answerCoSignature || withdraw || revise || !toEvaluate.isEmpty() || !toConfirm.isEmpty();
        }
    }

    /**
     * Read from the dossier's {@link SuggestionDossier#allowedActions}, as {@link SuggestionPolicy}
     * decided them for the caller; the replies and deliveries are the policy's too.
     */
    public static DeputyActions actions(CurrentUser user, SuggestionDossier dossier) {
        if (user.deputyId() == null) {
            return DeputyActions.NONE;
        }
        Set<SuggestionAction> allowed = dossier.allowedActions().stream()
                .map(SuggestionAction::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SuggestionAction.class)));
        List<Assignment> toEvaluate = !allowed.contains(SuggestionAction.EVALUATE)
                ? List.of()
                : SuggestionPolicy.toEvaluate(
                        dossier.suggestion(), dossier.assignments(), dossier.replies(), dossier.evaluations());
        List<Assignment> toConfirm = !allowed.contains(SuggestionAction.ANSWER_DELIVERY)
                ? List.of()
                : dossier.assignments().stream()
                        .filter(a -> a.active() && a.state() == AssignmentState.AWAITING_CONFIRMATION)
                        .toList();
        return new DeputyActions(
                allowed.contains(SuggestionAction.ANSWER_CO_SIGNATURE),
                allowed.contains(SuggestionAction.AGREE_WITHDRAWAL),
                allowed.contains(SuggestionAction.REVISE),
                toEvaluate,
                toConfirm);
    }

    private List<Suggestion> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Suggestion> byId =
                suggestions.findByIds(ids).stream().collect(Collectors.toMap(Suggestion::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
