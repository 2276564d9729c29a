package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.disclosure.domain.DepartmentProgress;
import org.deputyflow.disclosure.domain.InstructionRecipient;
import org.deputyflow.disclosure.domain.InstructionToDepartment;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.domain.SupervisionActivity;
import org.deputyflow.disclosure.domain.SupervisionInstruction;
import org.deputyflow.disclosure.domain.SupervisionKind;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.disclosure.persistence.SupervisionMapper;
import org.deputyflow.disclosure.persistence.SupervisionMapper.DepartmentAtWork;
import org.deputyflow.disclosure.persistence.SupervisionMapper.InstructionRow;
import org.deputyflow.disclosure.persistence.SupervisionMapper.RecipientRow;
import org.deputyflow.disclosure.persistence.SupervisionMapper.SuggestionDepartment;
import org.deputyflow.disclosure.process.SupervisionWorkflow;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervision of key suggestions (重点建议督办): the supervising leader follows each department's
 * clock, writes instructions (督办意见) that every department still at work acknowledges as a task,
 * and records visits and face-to-face meetings; the progress sentence of the quarterly disclosure is
 * drafted by the leader or staff and published once staff approved it.
 */
@Service
public class SupervisingKeySuggestions {

    private final SupervisionMapper mapper;
    private final KeySuggestionMapper keySuggestions;
    private final SupervisionWorkflow workflow;
    private final NotificationService notifications;
    private final CalendarService calendar;
    private final SupervisionRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisingKeySuggestions(
            SupervisionMapper mapper,
            KeySuggestionMapper keySuggestions,
            SupervisionWorkflow workflow,
            NotificationService notifications,
            CalendarService calendar,
            SupervisionRules rules,
            AuditTrail audit,
            Clock clock) {
        this.mapper = mapper;
        this.keySuggestions = keySuggestions;
        this.workflow = workflow;
        this.notifications = notifications;
        this.calendar = calendar;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A key suggestion with where each of its departments stands. */
    public record Followed(KeySuggestion key, List<DepartmentProgress> departments) {}

    /** Everything the supervision page shows of one key suggestion, newest first. */
    public record Supervision(
            KeySuggestion key,
            List<DepartmentProgress> departments,
            List<SupervisionInstruction> instructions,
            List<SupervisionActivity> activities) {}

    /** The key suggestions this council member supervises, newest designation first. */
    @Transactional(readOnly = true)
    public Page<Followed> supervisedBy(CurrentUser leader, PageRequest request) {
        long total = mapper.countSupervisedBy(leader.login());
        List<KeySuggestion> keys =
                total == 0 ? List.of() : mapper.supervisedBy(leader.login(), request.offset(), request.size());
        Map<Long, List<DepartmentProgress>> departments =
                departments(keys.stream().map(KeySuggestion::suggestionId).toList());
        return Page.of(
                keys.stream()
                        .map(k -> new Followed(k, departments.getOrDefault(k.suggestionId(), List.of())))
                        .toList(),
                request,
                total);
    }

    /** @throws NotFoundException if the suggestion is not a key suggestion */
    @Transactional(readOnly = true)
    public Supervision supervision(long suggestionId) {
        KeySuggestion key = keySuggestions
                .findBySuggestionId(suggestionId)
                .orElseThrow(() -> NotFoundException.of("keySuggestion", suggestionId));
        Map<Long, List<InstructionRecipient>> recipients = mapper.recipients(key.id()).stream()
                .collect(Collectors.groupingBy(InstructionRecipient::instructionId));
        List<SupervisionInstruction> instructions = new ArrayList<>();
        for (InstructionRow row : mapper.instructions(key.id())) {
            instructions.add(new SupervisionInstruction(
                    row.id(),
                    row.keySuggestionId(),
                    row.content(),
                    row.writtenBy(),
                    row.writtenAt(),
                    recipients.getOrDefault(row.id(), List.of())));
        }
        return new Supervision(
                key,
                departments(List.of(suggestionId)).getOrDefault(suggestionId, List.of()),
                instructions,
                mapper.activities(key.id()));
    }

    /**
     * The supervising leader's instruction, sent to every department whose assignment still owes a
     * reply, an opinion or a follow-up: each gets a task to acknowledge it within the configured
     * working days, and a notice.
     */
    @Transactional
    public SupervisionInstruction instruct(long suggestionId, String content, CurrentUser by) {
        KeySuggestion key = leaderOnly(lock(suggestionId), by);
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
        return supervision(suggestionId).instructions().stream()
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

    /** The instructions that reached the caller's department, open ones first. */
    @Transactional(readOnly = true)
    public Page<InstructionToDepartment> toDepartment(CurrentUser user, boolean openOnly, PageRequest request) {
        if (user.departmentId() == null) {
            return Page.of(List.of(), request, 0);
        }
        long total = mapper.countToDepartment(user.departmentId(), openOnly);
        return Page.of(
                total == 0
                        ? List.of()
                        : mapper.toDepartment(user.departmentId(), openOnly, request.offset(), request.size()),
                request,
                total);
    }

    /** A visit or a face-to-face meeting, recorded by the supervising leader or staff. */
    @Transactional
    public SupervisionActivity recordActivity(
            long suggestionId,
            SupervisionKind kind,
            LocalDate heldOn,
            String place,
            String participants,
            String summary,
            CurrentUser by) {
        KeySuggestion key = leaderOrStaff(lock(suggestionId), by);
        if (heldOn.isAfter(calendar.today())) {
            throw new BadRequestException("heldOn", "error.supervision.activity.future");
        }
        GeneratedKey id = new GeneratedKey();
        mapper.insertActivity(key.id(), kind, heldOn, place, participants, summary, by.login(), clock.instant(), id);
        audit.record(
                "supervision.activity",
                "suggestion",
                suggestionId,
                AuditTrail.SUCCESS,
                Map.of("activity", id.value(), "kind", kind.name()));
        return mapper.activities(key.id()).stream()
                .filter(a -> a.id() == id.value())
                .findFirst()
                .orElseThrow();
    }

    /** A new draft of the progress sentence; the published one stays until staff approve the draft. */
    @Transactional
    public KeySuggestion draftProgress(long suggestionId, String text, CurrentUser by) {
        KeySuggestion key = leaderOrStaff(lock(suggestionId), by);
        if (text.equals(key.progressApproved()) && key.progressDraft() == null) {
            throw new ConflictException("error.supervision.progress.unchanged");
        }
        mapper.draftProgress(key.id(), text, by.login());
        audit.record("supervision.progress-draft", "suggestion", suggestionId, AuditTrail.SUCCESS, Map.of());
        return keySuggestions.findById(key.id()).orElseThrow();
    }

    /** Staff approve the draft: it becomes the sentence the next quarterly disclosure publishes. */
    @Transactional
    public KeySuggestion approveProgress(long suggestionId, CurrentUser by) {
        KeySuggestion key = lock(suggestionId);
        if (key.progressDraft() == null) {
            throw new ConflictException("error.supervision.progress.noDraft");
        }
        mapper.approveProgress(key.id(), by.login(), clock.instant());
        audit.record("supervision.progress-approve", "suggestion", suggestionId, AuditTrail.SUCCESS, Map.of());
        return keySuggestions.findById(key.id()).orElseThrow();
    }

    /** The end of the day the department has to acknowledge by: the BPMN's due date and timer. */
    @Transactional(readOnly = true)
    public Instant acknowledgementDueAt(long recipientId) {
        return calendar.endOfDay(mapper.recipient(recipientId)
                .orElseThrow(() -> NotFoundException.of("instruction", recipientId))
                .acknowledgeDue());
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

    private KeySuggestion lock(long suggestionId) {
        return mapper.lockKeySuggestion(suggestionId)
                .orElseThrow(() -> NotFoundException.of("keySuggestion", suggestionId));
    }

    private static KeySuggestion leaderOnly(KeySuggestion key, CurrentUser by) {
        if (!by.hasRole(Role.COUNCIL) || !by.login().equals(key.supervisingLeader())) {
            throw new AccessDeniedException("only the key suggestion's supervising leader gives instructions");
        }
        return key;
    }

    private static KeySuggestion leaderOrStaff(KeySuggestion key, CurrentUser by) {
        if (by.hasRole(Role.STAFF)) {
            return key;
        }
        return leaderOnly(key, by);
    }

    private Map<Long, List<DepartmentProgress>> departments(List<Long> suggestionIds) {
        if (suggestionIds.isEmpty()) {
            return Map.of();
        }
        return mapper.departments(suggestionIds).stream()
                .collect(Collectors.groupingBy(
                        SuggestionDepartment::suggestionId,
                        LinkedHashMap::new,
                        Collectors.mapping(SuggestionDepartment::progress, Collectors.toList())));
    }
}
