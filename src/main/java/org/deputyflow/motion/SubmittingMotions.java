package org.deputyflow.motion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionDraft;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.domain.MotionTimelineAction;
import org.deputyflow.motion.domain.SignatureRule;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.motion.process.MotionEngine;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.SignerAnswer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A deputy's side of a motion: submitting it and answering invitations to co-sign. */
@Service
@Transactional
public class SubmittingMotions {

    private final MotionMapper motions;
    private final DirectoryService directory;
    private final MotionNumbers numbers;
    private final MotionAccess access;
    private final MotionEngine engine;
    private final MotionTimeline timeline;
    private final MotionRules rules;
    private final CalendarService calendar;
    private final Clock clock;
    private final MotionNotifier notifier;

    SubmittingMotions(
            MotionMapper motions,
            DirectoryService directory,
            MotionNumbers numbers,
            MotionAccess access,
            MotionEngine engine,
            MotionTimeline timeline,
            MotionRules rules,
            CalendarService calendar,
            Clock clock,
            MotionNotifier notifier) {
        this.motions = motions;
        this.directory = directory;
        this.numbers = numbers;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
        this.notifier = notifier;
    }

    public record State(long id, String number, MotionStatus status) {}

    /** The process starts at once, so that the lapse clock runs from the day of submission. */
    public State submit(CurrentUser user, MotionDraft draft, List<Long> coSignerIds) {
        long leadId = deputyOf(user);
        // the session calendar decides the period where it is configured; the recess may be closed to motions
        Period period = rules.recessRule().check(calendar.today(), draft.period());
        List<Long> coSigners = signatureRule().coSigners(leadId, coSignerIds);
        directory.requireDeputies(coSigners, "coSignerIds", "error.motion.coSigner.unknown");
        Instant now = clock.instant();
        String number = numbers.next(calendar.today().getYear());
        GeneratedKey key = new GeneratedKey();
        motions.insert(
                number,
                draft.title(),
                draft.reason(),
                draft.basis(),
                draft.proposal(),
                period,
                MotionStatus.AWAITING_SIGNERS,
                leadId,
                now,
                calendar.addWorkingDays(calendar.today(), rules.lapseWorkingDays()),
                key);
        long id = key.value();
        motions.insertSigner(id, leadId, true, SignerAnswer.ACCEPTED, now);
        for (Long coSigner : coSigners) {
            motions.insertSigner(id, coSigner, false, SignerAnswer.PENDING, null);
        }
        Motion motion = motions.findById(id).orElseThrow();
        for (Long coSigner : coSigners) {
            notifier.coSignatureRequested(motion, user.displayName(), coSigner);
        }
        timeline.recordLine(
                id, user, MotionTimelineAction.SUBMITTED, Text.of("text.motion.timeline.invited", coSigners.size()));
        engine.start(id);
        MotionStatus status = checkSigners(id);
        return new State(id, number, status);
    }

    /** A co-signer's answer; once enough signers have confirmed, the motion goes to the form check. */
    public State answerCoSignature(CurrentUser user, long id, boolean accept) {
        Motion motion = access.lockFor(user, id, MotionAction.CO_SIGN);
        long deputyId = deputyOf(user);
        motions.answer(id, deputyId, accept ? SignerAnswer.ACCEPTED : SignerAnswer.DECLINED, clock.instant());
        timeline.record(
                id,
                user,
                accept ? MotionTimelineAction.CO_SIGNATURE_ACCEPTED : MotionTimelineAction.CO_SIGNATURE_DECLINED,
                null);
        return new State(id, motion.number(), checkSigners(id));
    }

    private MotionStatus checkSigners(long id) {
        long accepted = motions.findSigners(id).stream()
                .filter(s -> s.answer() == SignerAnswer.ACCEPTED)
                .count();
        if (!signatureRule().enough(accepted)) {
            return MotionStatus.AWAITING_SIGNERS;
        }
        timeline.recordBySystem(
                id, MotionTimelineAction.SIGNERS_COMPLETE, Text.of("text.motion.timeline.signersComplete", accepted));
        engine.signersComplete(id);
        return MotionStatus.FORM_CHECK;
    }

    private SignatureRule signatureRule() {
        return new SignatureRule(rules.minSigners());
    }

    static long deputyOf(CurrentUser user) {
        if (user.deputyId() == null) {
            throw new AccessDeniedException("only deputies act here");
        }
        return user.deputyId();
    }
}
