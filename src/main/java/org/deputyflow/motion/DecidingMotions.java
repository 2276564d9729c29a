package org.deputyflow.motion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionSigner;
import org.deputyflow.motion.domain.MotionTimelineAction;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.motion.process.MotionEngine;
import org.deputyflow.motion.process.MotionProcess;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.OfficeWords;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.suggestion.SubmittingSuggestions;
import org.deputyflow.suggestion.domain.SignerAnswer;
import org.deputyflow.suggestion.domain.SuggestionDraft;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's form check, the council's decision, the committee's report, the council's second
 * decision, the meeting's outcome, the implementation report and conversion into a suggestion.
 */
@Service
@Transactional
public class DecidingMotions {

    static final int MAX_COMMENT = 2_000;
    static final int MAX_COMMITTEE = 100;
    static final int MAX_REPORT = 20_000;
    static final int MAX_MEETING_NUMBER = 100;

    private final MotionMapper motions;
    private final MotionAccess access;
    private final MotionEngine engine;
    private final MotionTimeline timeline;
    private final MotionRules rules;
    private final CalendarService calendar;
    private final Clock clock;
    private final SubmittingSuggestions suggestions;
    private final MotionNotifier notifier;
    private final Meetings meetings;
    private final OfficeWords words;

    DecidingMotions(
            MotionMapper motions,
            MotionAccess access,
            MotionEngine engine,
            MotionTimeline timeline,
            MotionRules rules,
            CalendarService calendar,
            Clock clock,
            SubmittingSuggestions suggestions,
            MotionNotifier notifier,
            Meetings meetings,
            OfficeWords words) {
        this.meetings = meetings;
        this.words = words;
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
        access.lockFor(user, id, MotionAction.REVIEW_FORM);
        String text = accept
                ? Texts.optional("comment", comment, MAX_COMMENT, "label.motion.field.reviewComment")
                : Texts.required("comment", comment, MAX_COMMENT, "label.motion.field.returnReason");
        motions.review(id, text);
        engine.complete(id, MotionProcess.TASK_CHECK_FORM, Map.of(MotionProcess.VAR_FORM_ACCEPTED, accept));
        timeline.record(
                id, user, accept ? MotionTimelineAction.FORM_ACCEPTED : MotionTimelineAction.FORM_RETURNED, text);
        return state(id);
    }

    /**
     * The council's (presidium's) decision, taken at the meeting {@code meetingId} names when one is
     * given: a chairpersons' council meeting, or the people's congress whose presidium decides.
     */
    public SubmittingMotions.State decide(
            CurrentUser user, long id, DecisionOutcome outcome, String committee, String comment, Long meetingId) {
        if (outcome == null) {
            throw new BadRequestException("outcome", "error.motion.outcome.required");
        }
        Meeting meeting = deciding(meetingId);
        Motion motion = access.lockFor(user, id, MotionAction.DECIDE);
        String committeeName = outcome == DecisionOutcome.REFER_TO_COMMITTEE
                ? Texts.required("committee", committee, MAX_COMMITTEE, "label.motion.field.committee")
                : null;
        String text = Texts.optional("comment", comment, MAX_COMMENT, "label.motion.field.decisionComment");
        // the report task's due date is read from here when the process creates the task
        motions.decide(
                id,
                outcome,
                committeeName,
                text,
                clock.instant(),
                committeeName == null ? null : calendar.addMonths(calendar.today(), rules.committeeReportMonths()),
                meeting == null ? null : meeting.id());
        engine.complete(id, MotionProcess.TASK_DECIDE, Map.of(MotionProcess.VAR_OUTCOME, outcome.name()));
        String decided = committeeName == null
                ? outcome.name()
                : words.of(Text.of("text.motion.timeline.committee", outcome.name(), committeeName));
        timeline.record(id, user, MotionTimelineAction.DECIDED, withComment(decided, text));
        notifier.decided(motion, outcome, committeeName, text);
        return state(id);
    }

    /** The special committee's report, recorded by staff on its behalf, with its recommendation. */
    public SubmittingMotions.State recordReport(
            CurrentUser user, long id, String report, AgendaDecision recommendation) {
        access.lockFor(user, id, MotionAction.RECORD_REPORT);
        if (recommendation == null) {
            throw new BadRequestException("recommendation", "error.motion.recommendation.required");
        }
        String text = Texts.required("report", report, MAX_REPORT, "label.motion.field.committeeReport");
        motions.report(id, text, recommendation, clock.instant());
        engine.complete(id, MotionProcess.TASK_RECORD_REPORT, Map.of());
        timeline.record(id, user, MotionTimelineAction.COMMITTEE_REPORTED, recommendation.name());
        return state(id);
    }

    /**
     * The council's (presidium's) second decision, on the committee's report: put the motion on
     * the agenda of a standing committee meeting or not. A motion not listed may still be converted.
     */
    public SubmittingMotions.State decideAfterReport(
            CurrentUser user, long id, AgendaDecision decision, String comment, Long meetingId) {
        Meeting meeting = deciding(meetingId);
        Motion motion = access.lockFor(user, id, MotionAction.DECIDE_AFTER_REPORT);
        if (decision == null) {
            throw new BadRequestException("decision", "error.motion.decision.required");
        }
        String text = Texts.optional("comment", comment, MAX_COMMENT, "label.motion.field.decisionComment");
        motions.secondDecide(id, decision, text, clock.instant(), meeting == null ? null : meeting.id());
        engine.complete(
                id,
                MotionProcess.TASK_SECOND_DECISION,
                Map.of(MotionProcess.VAR_LISTED, decision == AgendaDecision.PUT_ON_AGENDA));
        timeline.record(id, user, MotionTimelineAction.SECOND_DECIDED, withComment(decision.name(), text));
        notifier.secondDecided(motion, decision, text);
        return state(id);
    }

    /**
     * The meeting that deliberated a motion on its agenda and what it resolved. An adopted law or
     * decision owes an implementation report, due a configured number of months after the meeting.
     * A standing committee meeting named by {@code meetingId} gives the date and number, whatever
     * was typed; without it the typed date and number are the record.
     */
    public SubmittingMotions.State recordMeeting(
            CurrentUser user,
            long id,
            LocalDate meetingDate,
            String meetingNumber,
            MeetingOutcome outcome,
            String comment,
            Long meetingId) {
        Meeting meeting =
                meetingId == null ? null : meetings.require(meetingId, "meetingId", MeetingKind.STANDING_COMMITTEE);
        if (meeting != null) {
            meetingDate = meeting.heldOn();
            meetingNumber = words.of(meeting.kind().label()) + meeting.number();
        }
        if (meetingDate == null) {
            throw new BadRequestException("meetingDate", "error.motion.meetingDate.required");
        }
        if (meetingDate.isAfter(calendar.today())) {
            throw new BadRequestException("meetingDate", "error.motion.meetingDate.future", meetingDate.toString());
        }
        if (meetingDate.getYear() < CalendarService.FIRST_YEAR) {
            throw new BadRequestException(
                    "meetingDate", "error.motion.meetingDate.tooEarly", String.valueOf(CalendarService.FIRST_YEAR));
        }
        if (outcome == null) {
            throw new BadRequestException("outcome", "error.motion.meetingOutcome.required");
        }
        String number =
                Texts.required("meetingNumber", meetingNumber, MAX_MEETING_NUMBER, "label.motion.field.meetingNumber");
        String text = Texts.optional("comment", comment, MAX_COMMENT, "label.motion.field.meetingComment");
        Motion motion = access.lockFor(user, id, MotionAction.RECORD_MEETING);
        if (motion.decidedAt() != null && meetingDate.isBefore(calendar.dateOf(motion.decidedAt()))) {
            throw new BadRequestException(
                    "meetingDate", "error.motion.meetingDate.beforeDecision", meetingDate.toString());
        }
        // the implementation report's due date is read from here when the process creates its task
        LocalDate implementationDue =
                outcome.adopted() ? calendar.addMonths(meetingDate, rules.implementationReportMonths()) : null;
        motions.recordMeeting(
                id,
                meetingDate,
                number,
                outcome,
                text,
                clock.instant(),
                implementationDue,
                meeting == null ? null : meeting.id());
        engine.complete(id, MotionProcess.TASK_RECORD_MEETING, Map.of(MotionProcess.VAR_ADOPTED, outcome.adopted()));
        timeline.record(
                id,
                user,
                MotionTimelineAction.MEETING_RECORDED,
                withComment(
                        words.of(Text.of(
                                "text.motion.timeline.meeting", number, meetingDate.toString(), outcome.name())),
                        text));
        notifier.meetingRecorded(motion, meetingDate, number, outcome, implementationDue);
        return state(id);
    }

    /** How the adopted law or decision has been implemented, recorded by staff. */
    public SubmittingMotions.State reportImplementation(CurrentUser user, long id, String report) {
        access.lockFor(user, id, MotionAction.REPORT_IMPLEMENTATION);
        String text = Texts.required("report", report, MAX_REPORT, "label.motion.field.implementationReport");
        motions.reportImplementation(id, text, clock.instant());
        engine.complete(id, MotionProcess.TASK_REPORT_IMPLEMENTATION, Map.of());
        timeline.record(id, user, MotionTimelineAction.IMPLEMENTATION_REPORTED, null);
        return state(id);
    }

    public record Conversion(long motionId, long suggestionId, String suggestionNumber) {}

    /**
     * An unlisted motion goes on as a suggestion: its text, the lead deputy as submitter and the
     * co-signers who confirmed, who need not confirm again.
     */
    public Conversion convert(CurrentUser user, long id) {
        Motion motion = access.lockFor(user, id, MotionAction.CONVERT);
        List<Long> coSigners = motions.findSigners(id).stream()
                .filter(s -> !s.lead() && s.answer() == SignerAnswer.ACCEPTED)
                .map(MotionSigner::deputyId)
                .toList();
        SuggestionDraft draft = new SuggestionDraft(
                motion.title(),
                motion.draft()
                        .asSuggestionContent(
                                words.of(Text.of("text.motion.heading.reason")),
                                words.of(Text.of("text.motion.heading.basis")),
                                words.of(Text.of("text.motion.heading.proposal"))),
                words.of(Text.of("text.motion.convertedCategory")),
                motion.period(),
                false,
                false);
        SubmittingSuggestions.Submitted submitted =
                suggestions.submitConverted(user, motion.leadDeputyId(), draft, coSigners, id, motion.number());
        motions.convert(id, submitted.id(), submitted.number());
        timeline.record(
                id,
                user,
                MotionTimelineAction.CONVERTED,
                words.of(Text.of("text.motion.timeline.converted", submitted.number())));
        return new Conversion(id, submitted.id(), submitted.number());
    }

    /** A timeline line: what was decided, then the council's or the meeting's comment if any. */
    private String withComment(String decided, String comment) {
        return comment == null ? decided : words.of(Text.of("text.motion.timeline.withComment", decided, comment));
    }

    private Meeting deciding(Long meetingId) {
        return meetingId == null
                ? null
                : meetings.require(
                        meetingId, "meetingId", MeetingKind.CHAIRPERSONS_COUNCIL, MeetingKind.PEOPLES_CONGRESS);
    }

    private SubmittingMotions.State state(long id) {
        Motion motion = motions.findById(id).orElseThrow();
        return new SubmittingMotions.State(id, motion.number(), motion.status());
    }
}
