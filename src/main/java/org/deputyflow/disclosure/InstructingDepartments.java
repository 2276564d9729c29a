package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.InstructionToDepartment;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.domain.SupervisionInstruction;
import org.deputyflow.disclosure.persistence.SupervisionMapper;
import org.deputyflow.disclosure.persistence.SupervisionMapper.DepartmentAtWork;
import org.deputyflow.disclosure.persistence.SupervisionMapper.RecipientRow;
import org.deputyflow.disclosure.process.SupervisionWorkflow;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervising leader's instructions (督办意见) on a key suggestion: every department still at work
 * acknowledges one as a task within the configured working days, and the leader and staff learn of one
 * left unacknowledged.
 */
@Service
public class InstructingDepartments {

    private final SupervisionMapper mapper;
    private final SupervisionAccess access;
    private final SupervisionQueries queries;
    private final SupervisionWorkflow workflow;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final SupervisionRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    InstructingDepartments(
            SupervisionMapper mapper,
            SupervisionAccess access,
            SupervisionQueries queries,
            SupervisionWorkflow workflow,
            NotificationService notifications,
            CalendarService calendar,
            SupervisionRules rules,
            AuditTrail audit,
            Clock clock) {
        this.mapper = mapper;
        this.access = access;
        this.queries = queries;
        this.workflow = workflow;
        this.notifications = notifications;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The supervising leader's instruction, sent to every department whose assignment still owes a
     * reply, an opinion or a follow-up: each gets a task to acknowledge it within the configured
     * working days, and a notice.
     */
    @Transactional
    public SupervisionInstruction instruct(long suggestionId, String content, CurrentUser by) {
        KeySuggestion key = access.leaderOnly(access.lock(suggestionId), by);
        List<DepartmentAtWork> departments =
                mapper.departmentsAtWork(suggestionId, AssignmentState.where(AssignmentState::stillOwing));
        if (departments.isEmpty()) {
            throw new ConflictException("error.supervision.instruct.noDepartment");
        }
        Instant now = clock.instant();
        GeneratedKey instructionId = new GeneratedKey();
        mapper.insertInstruction(key.id(), content, by.login(), now, instructionId);
        LocalDate due = calendar.addWorkingDays(calendar.today(), rules.acknowledgeWorkingDays());
        Map<Long, Notice> notices = new LinkedHashMap<>();
        for (DepartmentAtWork department : departments) {
            GeneratedKey recipientId = new GeneratedKey();
            mapper.insertRecipient(instructionId.value(), department.id(), due, recipientId);
            workflow.sent(recipientId.value(), department.code());
            notices.put(
                    department.id(),
                    Notice.of(
                            NotificationKind.SUPERVISION,
                            Notice.keyOf("supervision", "instruction", recipientId.value()),
                            suggestionId,
                            Text.of("notice.supervision.instruction.subject", key.serialNo(), key.title()),
                            Text.of("notice.supervision.instruction.text", key.serialNo(), due.toString(), content)));
        }
        notifications.notifyDepartments(notices);
        audit.record(
                "supervision.instruct",
                "suggestion",
                suggestionId,
                AuditTrail.SUCCESS,
                Map.of("instruction", instructionId.value(), "departments", departments.size()));
        return queries.supervision(suggestionId).instructions().stream()
                .filter(i -> i.id() == instructionId.value())
                .findFirst()
                .orElseThrow();
    }

    /**
     * A handler or leader of the department acknowledges the instruction (签收), with an optional
     * answer; the supervising leader is told. Another department's instruction is not found.
     */
    @Transactional
    public InstructionToDepartment acknowledge(long suggestionId, long recipientId, String reply, CurrentUser by) {
        RecipientRow recipient = mapper.lockRecipient(recipientId)
                .filter(r -> r.suggestionId() == suggestionId)
                .filter(r -> by.departmentId() != null && by.departmentId() == r.departmentId())
                .orElseThrow(() -> NotFoundException.of("instruction", recipientId));
        if (recipient.acknowledgedAt() != null) {
            throw new ConflictException("error.supervision.acknowledged.already");
        }
        mapper.acknowledge(recipientId, by.login(), clock.instant(), reply);
        workflow.acknowledged(recipientId);
        InstructionToDepartment acknowledged =
                mapper.byRecipientIds(List.of(recipientId)).get(0);
        notifications.notify(Notice.of(
                        NotificationKind.SUPERVISION,
                        Notice.keyOf("supervision", "acknowledged", recipientId),
                        recipient.suggestionId(),
                        Text.of("notice.supervision.acknowledged.subject", acknowledged.serialNo()),
                        reply == null
                                ? Text.of(
                                        "notice.supervision.acknowledged.text",
                                        by.displayName(),
                                        acknowledged.serialNo())
                                : Text.of(
                                        "notice.supervision.acknowledged.textWithReply",
                                        by.displayName(),
                                        acknowledged.serialNo(),
                                        reply))
                .to(recipient.supervisingLeader()));
        audit.record(
                "supervision.acknowledge",
                "suggestion",
                recipient.suggestionId(),
                AuditTrail.SUCCESS,
                Map.of("recipient", recipientId, "department", recipient.departmentId()));
        return acknowledged;
    }

    /** The timer's step: the leader and staff learn that a department has not acknowledged in time. */
    @Transactional
    public void acknowledgementOverdue(long recipientId) {
        RecipientRow recipient =
                mapper.recipient(recipientId).orElseThrow(() -> NotFoundException.of("instruction", recipientId));
        if (recipient.acknowledgedAt() != null) {
            return;
        }
        InstructionToDepartment line =
                mapper.byRecipientIds(List.of(recipientId)).get(0);
        notifications.notifyStaff(Notice.of(
                        NotificationKind.OVERDUE,
                        Notice.keyOf("supervision", "overdue", recipientId),
                        recipient.suggestionId(),
                        Text.of("notice.supervision.overdue.subject", line.serialNo()),
                        Text.of(
                                "notice.supervision.overdue.text",
                                recipient.departmentName(),
                                recipient.acknowledgeDue().toString(),
                                line.serialNo()))
                .to(recipient.supervisingLeader()));
    }
}
