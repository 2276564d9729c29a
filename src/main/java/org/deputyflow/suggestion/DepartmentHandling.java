package org.deputyflow.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.ReplyDraft;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.process.OpenStep;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A department's side: claiming, disputing, contacting the deputy, opinions, replies, sign-off, follow-up. */
@Service
@Transactional
public class DepartmentHandling {

    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionReads reads;
    private final SuggestionNotifier notifier;
    private final FollowUpClocks followUp;
    private final TimelineWords words;
    private final SuggestionPolicies policies;

    DepartmentHandling(
            AssignmentMapper assignments,
            HandlingRecordMapper records,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionReads reads,
            SuggestionNotifier notifier,
            FollowUpClocks followUp,
            TimelineWords words,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.words = words;
        this.reads = reads;
        this.notifier = notifier;
        this.followUp = followUp;
        this.assignments = assignments;
        this.records = records;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    /** A handler takes the department's task; of two handlers claiming at once, exactly one wins. */
    public void claim(CurrentUser user, long id) {
        Assignment assignment = ownAssignment(user, id, SuggestionAction.CLAIM);
        OpenStep task = handlerTask(assignment);
        if (assignments.claim(assignment.id(), user.login()) == 0) {
            throw assignments
                    .findById(assignment.id())
                    .map(Assignment::claimedBy)
                    .map(handler -> new ConflictException("error.suggestion.claim.claimedBy", handler))
                    .orElseGet(() -> new ConflictException("error.suggestion.claim.claimedByOther"));
        }
        engine.claim(task, user.login());
        timeline.record(id, user, TimelineAction.CLAIMED, assignment.departmentId(), (String) null);
    }

    public void unclaim(CurrentUser user, long id) {
        Assignment assignment = ownAssignment(user, id, SuggestionAction.UNCLAIM);
        if (assignments.unclaim(assignment.id(), user.login()) == 0) {
            throw new ConflictException("error.suggestion.claim.notClaimed");
        }
        engine.unclaim(handlerTask(assignment));
        timeline.record(id, user, TimelineAction.UNCLAIMED, assignment.departmentId(), (String) null);
    }

    /** 申请调整: within the window after assignment, with a reason; staff rule on it. */
    public void dispute(CurrentUser user, long id, String reason) {
        String cleanReason = Texts.required("reason", reason, 2000, "label.suggestion.field.disputeReason");
        Assignment assignment = ownAssignment(user, id, SuggestionAction.DISPUTE);
        OpenStep task = handlerTask(assignment);
        assignments.insertDispute(assignment.id(), cleanReason, user.login(), deadlines.now(), new GeneratedKey());
        assignments.updateState(assignment.id(), AssignmentState.DISPUTED);
        engine.completeWithLocalFlags(
                task, Map.of(SuggestionProcess.VAR_HANDLING_OUTCOME, SuggestionProcess.OUTCOME_DISPUTE));
        timeline.record(id, user, TimelineAction.DISPUTED, assignment.departmentId(), cleanReason);
    }

    public void logContact(CurrentUser user, long id, ContactMethod method, Instant contactedAt, String summary) {
        if (method == null) {
            throw new BadRequestException("method", "error.suggestion.contact.methodRequired");
        }
        if (contactedAt == null || contactedAt.isAfter(deadlines.now())) {
            throw new BadRequestException("contactedAt", "error.suggestion.contact.contactedAt");
        }
        String cleanSummary = Texts.required("summary", summary, 2000, "label.suggestion.field.contactSummary");
        Assignment assignment = ownAssignment(user, id, SuggestionAction.LOG_CONTACT);
        records.insertContact(
                assignment.id(), method, contactedAt, cleanSummary, user.login(), deadlines.now(), new GeneratedKey());
        timeline.record(id, user, TimelineAction.CONTACT_LOGGED, assignment.departmentId(), cleanSummary);
    }

    /** A co-unit's written opinion goes to the lead unit and ends the co-unit's part. */
    public void submitOpinion(CurrentUser user, long id, String content) {
        String cleanContent = Texts.required("content", content, 20_000, "label.suggestion.field.opinion");
        Assignment assignment = ownAssignment(user, id, SuggestionAction.SUBMIT_OPINION);
        OpenStep task = handlerTask(assignment);
        records.insertOpinion(assignment.id(), cleanContent, user.login(), deadlines.now(), new GeneratedKey());
        assignments.finish(assignment.id(), AssignmentState.OPINION_GIVEN, deadlines.now());
        engine.completeWithLocalFlags(
                task, Map.of(SuggestionProcess.VAR_HANDLING_OUTCOME, SuggestionProcess.OUTCOME_OPINION));
        timeline.record(id, user, TimelineAction.OPINION_SUBMITTED, assignment.departmentId(), (String) null);
    }

    /**
     * The handler who claimed a lead unit's task submits its reply for sign-off: only after a
     * contact with the deputy is logged and every co-unit's opinion is in (or waived).
     */
    public void submitReply(CurrentUser user, long id, ReplyDraft draft) {
        draft.requirePlanDateFrom(deadlines.today());
        Suggestion suggestion = access.lockVisible(user, id);
        Assignment assignment = policies.requireOwn(user, suggestion, SuggestionAction.SUBMIT_REPLY);
        OpenStep task = handlerTask(assignment);
        records.insertReply(
                assignment.id(),
                suggestion.handlingRound(),
                draft.resultClass(),
                draft.content(),
                draft.planDate(),
                draft.publishable(),
                draft.notPublishableReason(),
                user.login(),
                deadlines.now(),
                new GeneratedKey());
        assignments.updateState(assignment.id(), AssignmentState.AWAITING_SIGN_OFF);
        engine.completeWithLocalFlags(
                task, Map.of(SuggestionProcess.VAR_HANDLING_OUTCOME, SuggestionProcess.OUTCOME_REPLY));
        timeline.record(
                id,
                user,
                TimelineAction.REPLY_SUBMITTED,
                assignment.departmentId(),
                words.line(
                        "text.suggestion.line.resultClass", draft.resultClass().name()));
    }

    /** The department leader signs the reply off, or sends it back to the handler with a comment. */
    public void signOff(CurrentUser user, long id, boolean approve, String comment) {
        String cleanComment = Texts.optional("comment", comment, 2000, "label.suggestion.field.signOffComment");
        if (!approve && cleanComment == null) {
            throw new BadRequestException("comment", "error.suggestion.signOff.commentRequired");
        }
        Suggestion suggestion = access.lockVisible(user, id);
        Assignment assignment = policies.requireOwn(user, suggestion, SuggestionAction.SIGN_OFF);
        Reply reply = reads.repliesOf(id).stream()
                .filter(r -> r.assignmentId() == assignment.id() && r.awaitingSignOff())
                .findFirst()
                .orElseThrow(() -> new ConflictException("error.suggestion.signOff.nothingToSign"));
        OpenStep task = engine.departmentTask(assignment.id(), SuggestionProcess.TASK_SIGN_OFF)
                .orElseThrow(() -> new ConflictException("error.suggestion.signOff.nothingToSign"));
        records.decideReply(reply.id(), approve, user.login(), deadlines.now(), cleanComment);
        if (approve) {
            assignments.finish(assignment.id(), AssignmentState.REPLIED, deadlines.now());
            assignments.markReplied(
                    assignment.id(), deadlines.now(), !deadlines.today().isAfter(assignment.replyDue()));
        } else {
            assignments.updateState(
                    assignment.id(), suggestion.rehandled() ? AssignmentState.REHANDLING : AssignmentState.HANDLING);
        }
        engine.completeWithLocalFlags(task, Map.of(SuggestionProcess.VAR_APPROVED, approve));
        timeline.record(
                id,
                user,
                approve ? TimelineAction.REPLY_APPROVED : TimelineAction.REPLY_SENT_BACK,
                assignment.departmentId(),
                cleanComment);
    }

    /**
     * Progress on a B or C reply; {@code delivered} hands the follow-up to the lead deputy, who confirms the
     * delivery (or staff, once the deputy's period is over). A follow-up begun before follow-ups had a clock
     * ends on the report, as it did then.
     */
    public void reportFollowUp(CurrentUser user, long id, String content, boolean delivered) {
        String cleanContent = Texts.required("content", content, 4000, "label.suggestion.field.followUp");
        Suggestion suggestion = access.lockVisible(user, id);
        Assignment assignment = policies.requireOwn(user, suggestion, SuggestionAction.REPORT_FOLLOW_UP);
        records.insertFollowUp(
                assignment.id(), cleanContent, delivered, user.login(), deadlines.now(), new GeneratedKey());
        if (delivered) {
            OpenStep task = handlerTask(assignment);
            if (records.findFollowUpClock(assignment.id()).isPresent()) {
                LocalDate confirmationDue =
                        deadlines.workingDaysAfter(deadlines.now(), followUp.confirmationWorkingDays());
                records.markDelivered(assignment.id(), deadlines.today(), confirmationDue);
                assignments.updateState(assignment.id(), AssignmentState.AWAITING_CONFIRMATION);
                notifier.toDeputy(
                        NotificationKind.PROGRESS,
                        suggestion.submitterDeputyId(),
                        id,
                        "delivered:" + assignment.id() + ":" + deadlines.now().toEpochMilli(),
                        Text.of("notice.suggestion.delivered.subject", suggestion.number()),
                        Text.of(
                                "notice.suggestion.delivered.text",
                                assignment.departmentName(),
                                suggestion.title(),
                                cleanContent,
                                confirmationDue.toString()));
            } else {
                assignments.finish(assignment.id(), AssignmentState.DONE, deadlines.now());
            }
            engine.complete(task, Map.of());
        }
        timeline.record(
                id,
                user,
                delivered ? TimelineAction.DELIVERED : TimelineAction.FOLLOW_UP_REPORTED,
                assignment.departmentId(),
                cleanContent);
    }

    private Assignment ownAssignment(CurrentUser user, long id, SuggestionAction action) {
        return policies.requireOwn(user, access.lockVisible(user, id), action);
    }

    private OpenStep handlerTask(Assignment assignment) {
        return engine.departmentTask(assignment.id())
                .filter(t -> !SuggestionProcess.TASK_SIGN_OFF.equals(t.taskKey())
                        && !SuggestionProcess.TASK_CONFIRM_DELIVERY.equals(t.taskKey())
                        && !SuggestionProcess.TASK_DECIDE_DISPUTE.equals(t.taskKey()))
                .orElseThrow(() -> new ConflictException("error.suggestion.handling.noTask"));
    }
}
