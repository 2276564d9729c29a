package org.deputyflow.motion;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionSigner;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.motion.process.MotionEngine;
import org.deputyflow.motion.process.MotionProcess;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.suggestion.SubmittingSuggestions;
import org.deputyflow.suggestion.domain.SignerAnswer;
import org.deputyflow.suggestion.domain.SuggestionDraft;
import org.deputyflow.suggestion.domain.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff's form check, the council's decision, the committee's report and conversion into a suggestion. */
@Service
@Transactional
public class DecidingMotions {

    static final int MAX_COMMENT = 2_000;
    static final int MAX_COMMITTEE = 100;
    static final int MAX_REPORT = 20_000;
    static final String CONVERTED_CATEGORY = "议案转建议";

    private final MotionMapper motions;
    private final MotionAccess access;
    private final MotionEngine engine;
    private final MotionTimeline timeline;
    private final MotionRules rules;
    private final CalendarService calendar;
    private final Clock clock;
    private final SubmittingSuggestions suggestions;
    private final MotionNotifier notifier;

    DecidingMotions(MotionMapper motions, MotionAccess access, MotionEngine engine, MotionTimeline timeline,
            MotionRules rules, CalendarService calendar, Clock clock, SubmittingSuggestions suggestions,
            MotionNotifier notifier) {
        this.motions = motions;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
        this.suggestions = suggestions;
        this.notifier = notifier;
    }

    /** Staff accept the form or return the motion with a reason; a returned motion ends there. */
    public SubmittingMotions.State review(CurrentUser user, long id, boolean accept, String comment) {
        Motion motion = access.lockVisible(user, id);
        MotionAccess.requireStatus(motion, MotionStatus.FORM_CHECK);
        String text = accept ? Texts.optional("comment", comment, MAX_COMMENT, "审查意见")
                : Texts.required("comment", comment, MAX_COMMENT, "退回理由");
        motions.review(id, text);
        engine.complete(id, MotionProcess.TASK_CHECK_FORM, Map.of(MotionProcess.VAR_FORM_ACCEPTED, accept));
        timeline.record(id, user, accept ? MotionAction.FORM_ACCEPTED : MotionAction.FORM_RETURNED, text);
        return state(id);
    }

    public SubmittingMotions.State decide(CurrentUser user, long id, DecisionOutcome outcome, String committee,
            String comment) {
        if (outcome == null) {
            throw new BadRequestException("outcome", "请选择处理决定：PUT_ON_AGENDA、REFER_TO_COMMITTEE 或 NOT_LISTED");
        }
        Motion motion = access.lockVisible(user, id);
        MotionAccess.requireStatus(motion, MotionStatus.AWAITING_DECISION);
        String committeeName = outcome == DecisionOutcome.REFER_TO_COMMITTEE
                ? Texts.required("committee", committee, MAX_COMMITTEE, "专门委员会")
                : null;
        String text = Texts.optional("comment", comment, MAX_COMMENT, "决定说明");
        // the report task's due date is read from here when the process creates the task
        motions.decide(id, outcome, committeeName, text, clock.instant(),
                committeeName == null ? null : calendar.addMonths(calendar.today(), rules.committeeReportMonths()));
        engine.complete(id, MotionProcess.TASK_DECIDE, Map.of(MotionProcess.VAR_OUTCOME, outcome.name()));
        timeline.record(id, user, MotionAction.DECIDED,
                outcome.name() + (committeeName == null ? "" : "（" + committeeName + "）")
                        + (text == null ? "" : "：" + text));
        notifier.decided(motion, outcome, committeeName, text);
        return state(id);
    }

    public SubmittingMotions.State recordReport(CurrentUser user, long id, String report) {
        Motion motion = access.lockVisible(user, id);
        MotionAccess.requireStatus(motion, MotionStatus.REFERRED);
        String text = Texts.required("report", report, MAX_REPORT, "审议报告");
        motions.report(id, text, clock.instant());
        engine.complete(id, MotionProcess.TASK_RECORD_REPORT, Map.of());
        timeline.record(id, user, MotionAction.COMMITTEE_REPORTED, null);
        return state(id);
    }

    public record Conversion(long motionId, long suggestionId, String suggestionNumber) {
    }

    /**
     * An unlisted motion goes on as a suggestion: its text, the lead deputy as submitter and the
     * co-signers who confirmed, who need not confirm again.
     */
    public Conversion convert(CurrentUser user, long id) {
        Motion motion = access.lockVisible(user, id);
        MotionAccess.requireStatus(motion, MotionStatus.NOT_LISTED);
        List<Long> coSigners = motions.findSigners(id).stream()
                .filter(s -> !s.lead() && s.answer() == SignerAnswer.ACCEPTED).map(MotionSigner::deputyId).toList();
        SuggestionDraft draft = new SuggestionDraft(motion.title(), motion.draft().asSuggestionContent(),
                CONVERTED_CATEGORY, motion.period(), false, false);
        SubmittingSuggestions.Submitted submitted = suggestions.submitConverted(user, motion.leadDeputyId(), draft,
                coSigners, id, motion.number());
        motions.convert(id, submitted.id(), submitted.number());
        timeline.record(id, user, MotionAction.CONVERTED, "转为建议 " + submitted.number());
        return new Conversion(id, submitted.id(), submitted.number());
    }

    private SubmittingMotions.State state(long id) {
        Motion motion = motions.findById(id).orElseThrow();
        return new SubmittingMotions.State(id, motion.number(), motion.status());
    }
}
