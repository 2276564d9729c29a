package org.deputyflow.suggestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.Texts;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.ClockMapper;
import org.deputyflow.suggestion.process.ClockAlarms;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期: a lead unit's leader asks once for at most three more months, with a reason; staff
 * approve or refuse; an approval moves the reply due date and the clock's pending timers, and the
 * deputy is told either way.
 */
@Service
@Transactional
public class ExtendingDeadlines {


    private final AssignmentMapper assignments;
    private final ClockMapper clockRecords;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final ClockAlarms alarms;
    private final SuggestionNotifier notifier;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final HandlingClocks clocks;

    ExtendingDeadlines(AssignmentMapper assignments, ClockMapper clockRecords, SuggestionAccess access,
            SuggestionEngine engine, ClockAlarms alarms, SuggestionNotifier notifier, Timeline timeline,
            Deadlines deadlines, HandlingClocks clocks) {
        this.assignments = assignments;
        this.clockRecords = clockRecords;
        this.access = access;
        this.engine = engine;
        this.alarms = alarms;
        this.notifier = notifier;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.clocks = clocks;
    }

    public record Requested(long requestId, LocalDate currentDue) {
    }

    public Requested request(CurrentUser user, long id, Integer months, String reason) {
        if (months == null || months < 1 || months > clocks.maxExtensionMonths()) {
            throw new BadRequestException("months", "延期时间须为 1 至 " + clocks.maxExtensionMonths() + " 个月");
        }
        String cleanReason = Texts.required("reason", reason, 2000, "延期理由");
        Suggestion suggestion = access.lockVisible(user, id);
        Assignment assignment = ownAssignment(user, suggestion);
        if (!assignment.role().replies()) {
            throw new ConflictException("只有主办（分办）单位可以申请延期");
        }
        if (!assignment.state().beforeFirstReply()) {
            throw new ConflictException("本单位当前不能申请延期");
        }
        boolean asked = clockRecords.findExtensions(id).stream().anyMatch(x -> x.assignmentId() == assignment.id());
        if (asked) {
            throw new ConflictException("每件建议只能申请一次延期");
        }
        GeneratedKey key = new GeneratedKey();
        clockRecords.insertExtension(assignment.id(), months, cleanReason, user.login(), deadlines.now(),
                assignment.replyDue(), key);
        timeline.record(id, user, TimelineAction.EXTENSION_REQUESTED, assignment.departmentId(),
                months + " 个月：" + cleanReason);
        notifier.toStaff(NotificationKind.EXTENSION_REQUESTED, id, "extension-requested:" + key.value(), assignment.departmentName() + " 申请延期办理建议 "
                + suggestion.number(), "申请延期 " + months + " 个月，理由：" + cleanReason);
        return new Requested(key.value(), assignment.replyDue());
    }

    public ExtensionRequest decide(CurrentUser user, long id, long requestId, Boolean approve, String comment) {
        if (approve == null) {
            throw new BadRequestException("approve", "请选择批准或不批准");
        }
        String cleanComment = Texts.optional("comment", comment, 2000, "审批意见");
        Suggestion suggestion = access.lockVisible(user, id);
        ExtensionRequest request = clockRecords.findExtensions(id).stream().filter(x -> x.id() == requestId)
                .findFirst().orElseThrow(() -> NotFoundException.of("extension", requestId));
        if (!request.open()) {
            throw new ConflictException("该延期申请已审批");
        }
        Assignment assignment = assignments.findById(request.assignmentId()).orElseThrow();
        Instant now = deadlines.now();
        LocalDate newDue = approve ? deadlines.extended(request.previousDue(), request.months()) : null;
        if (approve && !assignment.state().beforeFirstReply()) {
            throw new ConflictException("该单位已答复，无需延期");
        }
        clockRecords.decideExtension(requestId, approve, user.login(), now, cleanComment, newDue);
        if (approve) {
            assignments.moveReplyDue(assignment.id(), newDue);
            engine.rescheduleDepartmentClock(id, assignment.id(), timer -> alarms.departmentTimer(timer, assignment.id()));
        }
        timeline.record(id, user, approve ? TimelineAction.EXTENSION_APPROVED : TimelineAction.EXTENSION_REFUSED,
                assignment.departmentId(), approve ? "答复期限延至 " + newDue : cleanComment);
        String outcome = approve ? "批准延期，答复期限延至 " + newDue : "不批准延期，答复期限仍为 " + request.previousDue();
        notifier.toDeputy(NotificationKind.EXTENSION_DECIDED, suggestion.submitterDeputyId(), id, "extension-decided:" + requestId,
                "建议 " + suggestion.number() + " 的延期申请已审批", assignment.departmentName() + " 申请延期：" + outcome);
        notifier.toDepartment(NotificationKind.EXTENSION_DECIDED, assignment.departmentId(), id, "extension-decided:" + requestId,
                "建议 " + suggestion.number() + " 的延期申请已审批", outcome);
        return clockRecords.findExtensions(id).stream().filter(x -> x.id() == requestId).findFirst().orElseThrow();
    }

    private Assignment ownAssignment(CurrentUser user, Suggestion suggestion) {
        List<Assignment> all = assignments.findBySuggestion(suggestion.id());
        return all.stream().filter(a -> a.active() && user.departmentId() != null
                && a.departmentId() == user.departmentId()).findFirst()
                .orElseThrow(() -> NotFoundException.of("suggestion", suggestion.id()));
    }
}
