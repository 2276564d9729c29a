package org.deputyflow.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.CoSigners;
import org.deputyflow.suggestion.domain.Signer;
import org.deputyflow.suggestion.domain.SignerAnswer;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionDraft;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.SignerMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deputy's side before assignment: submitting, co-signing, withdrawing, revising. */
@Service
@Transactional
public class SubmittingSuggestions {

    private final SuggestionMapper suggestions;
    private final SignerMapper signers;
    private final DirectoryService directory;
    private final SuggestionNumbers numbers;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final TimelineWords words;
    private final SuggestionPolicies policies;

    SubmittingSuggestions(
            SuggestionMapper suggestions,
            SignerMapper signers,
            DirectoryService directory,
            SuggestionNumbers numbers,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionNotifier notifier,
            TimelineWords words,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.words = words;
        this.suggestions = suggestions;
        this.signers = signers;
        this.directory = directory;
        this.numbers = numbers;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.notifier = notifier;
    }

    public record Submitted(long id, String number, SuggestionStatus status) {}

    public Submitted submit(CurrentUser user, SuggestionDraft draft, List<Long> coSignerIds) {
        long leadId = deputyOf(user);
        List<Long> coSigners = CoSigners.validate(leadId, coSignerIds);
        directory.requireDeputies(coSigners, "coSignerIds", "error.suggestion.coSigner.unknown");
        Instant now = deadlines.now();
        SuggestionStatus status =
                coSigners.isEmpty() ? SuggestionStatus.SUBMITTED : SuggestionStatus.AWAITING_COSIGNERS;
        String number = numbers.next(deadlines.year());
        long id = insert(number, draft, status, leadId, now);
        for (Long coSigner : coSigners) {
            signers.insert(id, coSigner, false, SignerAnswer.PENDING, null);
            notifier.toDeputy(
                    NotificationKind.CO_SIGNATURE_REQUESTED,
                    coSigner,
                    id,
                    "co-signature:" + id,
                    Text.of("notice.suggestion.coSignature.subject", draft.title()),
                    Text.of("notice.suggestion.coSignature.text", user.displayName(), draft.title()));
        }
        timeline.record(
                id,
                user,
                TimelineAction.SUBMITTED,
                coSigners.isEmpty() ? null : words.line("text.suggestion.line.coSignersInvited", coSigners.size()));
        if (coSigners.isEmpty()) {
            startHandling(id, now);
        }
        return new Submitted(id, number, status);
    }

    /**
     * A motion the council did not list goes on as a suggestion (议案转建议): the lead deputy submits
     * it and the co-signers already confirmed the motion, so they are not asked again and the
     * suggestion goes straight to screening. The suggestion names its source motion.
     */
    public Submitted submitConverted(
            CurrentUser actor,
            long leadDeputyId,
            SuggestionDraft draft,
            List<Long> confirmedCoSignerIds,
            long sourceMotionId,
            String sourceMotionNumber) {
        List<Long> coSigners = CoSigners.validate(leadDeputyId, confirmedCoSignerIds);
        Instant now = deadlines.now();
        String number = numbers.next(deadlines.year());
        long id = insert(number, draft, SuggestionStatus.SUBMITTED, leadDeputyId, now);
        suggestions.linkSourceMotion(id, sourceMotionId);
        for (Long coSigner : coSigners) {
            signers.insert(id, coSigner, false, SignerAnswer.ACCEPTED, now);
        }
        timeline.record(
                id,
                actor,
                TimelineAction.SUBMITTED,
                words.line("text.suggestion.line.convertedFromMotion", sourceMotionNumber));
        startHandling(id, now);
        return new Submitted(id, number, SuggestionStatus.SUBMITTED);
    }

    /** The suggestion under its new number, with the lead deputy as its first signer; returns its id. */
    private long insert(String number, SuggestionDraft draft, SuggestionStatus status, long leadId, Instant now) {
        GeneratedKey key = new GeneratedKey();
        suggestions.insert(
                number,
                draft.title(),
                draft.content(),
                draft.category(),
                draft.period(),
                status,
                leadId,
                draft.wantsFaceToFace(),
                draft.confidential(),
                now,
                key);
        long id = key.value();
        signers.insert(id, leadId, true, SignerAnswer.ACCEPTED, now);
        return id;
    }

    /**
     * A co-signer's answer; once nobody is left to answer, the suggestion goes to screening.
     * Answered here rather than read back: a co-signer who declines no longer sees the suggestion.
     */
    public SuggestionQueries.State answerCoSignature(CurrentUser user, long id, boolean accept) {
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.ANSWER_CO_SIGNATURE);
        long deputyId = deputyOf(user);
        Instant now = deadlines.now();
        signers.answer(id, deputyId, accept ? SignerAnswer.ACCEPTED : SignerAnswer.DECLINED, now);
        timeline.record(
                id, user, accept ? TimelineAction.CO_SIGNATURE_ACCEPTED : TimelineAction.CO_SIGNATURE_DECLINED, (String)
                        null);
        boolean anyPending = signers.findBySuggestion(id).stream().anyMatch(s -> s.answer() == SignerAnswer.PENDING);
        if (anyPending) {
            return new SuggestionQueries.State(id, suggestion.number(), SuggestionStatus.AWAITING_COSIGNERS);
        }
        suggestions.updateStatus(id, SuggestionStatus.SUBMITTED);
        startHandling(id, now);
        return new SuggestionQueries.State(id, suggestion.number(), SuggestionStatus.SUBMITTED);
    }

    public record Withdrawal(SuggestionStatus status, List<String> awaitingAgreementOf) {}

    /**
     * Withdrawal before assignment: the lead's alone for a single-signer suggestion; a joint one
     * once every remaining signer has agreed through this same call.
     */
    public Withdrawal withdraw(CurrentUser user, long id) {
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.AGREE_WITHDRAWAL);
        long deputyId = deputyOf(user);
        signers.agreeWithdrawal(id, deputyId);
        timeline.record(id, user, TimelineAction.WITHDRAWAL_AGREED, (String) null);
        List<String> awaiting = signers.findBySuggestion(id).stream()
                .filter(s -> s.answer() == SignerAnswer.ACCEPTED && !s.withdrawalAgreed())
                .map(Signer::name)
                .toList();
        if (!awaiting.isEmpty()) {
            return new Withdrawal(suggestion.status(), awaiting);
        }
        if (suggestion.status() == SuggestionStatus.AWAITING_COSIGNERS) {
            suggestions.updateStatus(id, SuggestionStatus.WITHDRAWN);
        } else {
            engine.correlate(SuggestionProcess.MESSAGE_WITHDRAWN, id);
        }
        timeline.record(id, user, TimelineAction.WITHDRAWN, (String) null);
        return new Withdrawal(SuggestionStatus.WITHDRAWN, List.of());
    }

    /** The lead deputy revises a returned suggestion, which goes back to screening. */
    public void revise(CurrentUser user, long id, SuggestionDraft draft) {
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.REVISE);
        suggestions.revise(
                id,
                draft.title(),
                draft.content(),
                draft.category(),
                draft.period(),
                draft.wantsFaceToFace(),
                draft.confidential());
        Instant now = deadlines.now();
        suggestions.markSubmitted(id, now, deadlines.screeningDue(now));
        engine.complete(engine.task(id, SuggestionProcess.TASK_REVISE), Map.of());
        timeline.record(id, user, TimelineAction.REVISED, (String) null);
    }

    private void startHandling(long id, Instant now) {
        suggestions.markSubmitted(id, now, deadlines.screeningDue(now));
        engine.start(id);
    }

    static long deputyOf(CurrentUser user) {
        if (user.deputyId() == null) {
            throw new AccessDeniedException("only deputies act here");
        }
        return user.deputyId();
    }
}
