package org.deputyflow.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.LetterReason;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.Texts;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.OpenStep;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committee staff's side: screening, merging, assigning, ruling on disputes. */
@Service
@Transactional
public class ScreeningSuggestions {

    private static final Set<SuggestionStatus> MERGE_TARGET_ENDED = Set.of(SuggestionStatus.AWAITING_COSIGNERS,
            SuggestionStatus.WITHDRAWN, SuggestionStatus.MERGED, SuggestionStatus.CONVERTED_TO_LETTER,
            SuggestionStatus.CLOSED);

    private final SuggestionMapper suggestions;
    private final AssignmentMapper assignments;
    private final DirectoryService directory;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;

    ScreeningSuggestions(SuggestionMapper suggestions, AssignmentMapper assignments, DirectoryService directory,
            SuggestionAccess access, SuggestionEngine engine, Timeline timeline, Deadlines deadlines,
            SuggestionNotifier notifier) {
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.directory = directory;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.notifier = notifier;
    }

    public void screen(CurrentUser user, long id, ScreeningOutcome outcome, String reason, String comment) {
        if (outcome == null) {
            throw new BadRequestException("outcome", "请选择审查结果：ACCEPT、RETURN 或 CONVERT_TO_LETTER");
        }
        String cleanComment = Texts.optional("comment", comment, 2000, "审查意见");
        String cleanReason = switch (outcome) {
            case ACCEPT -> null;
            case RETURN -> Texts.required("reason", reason, 2000, "退回理由");
            case CONVERT_TO_LETTER -> letterReason(reason).name();
        };
        Suggestion suggestion = access.lockVisible(user, id);
        SuggestionAccess.requireStatus(suggestion, SuggestionStatus.SUBMITTED);
        suggestions.recordScreening(id, cleanReason, cleanComment);
        engine.complete(engine.task(id, SuggestionProcess.TASK_SCREEN),
                Map.of(SuggestionProcess.VAR_SCREENING_OUTCOME, outcome.name()));
        TimelineAction action = switch (outcome) {
            case ACCEPT -> TimelineAction.ACCEPTED;
            case RETURN -> TimelineAction.RETURNED;
            case CONVERT_TO_LETTER -> TimelineAction.CONVERTED_TO_LETTER;
        };
        timeline.record(id, user, action, join(cleanReason, cleanComment));
        String outcomeText = switch (outcome) {
            case ACCEPT -> "已立案，将交有关单位办理。";
            case RETURN -> "已退回，请修改后重新提交。理由：" + cleanReason;
            case CONVERT_TO_LETTER -> "作为代表来信处理。";
        };
        notifier.toDeputy(NotificationKind.SCREENED, suggestion.submitterDeputyId(), id, "screened:" + id + ":" + deadlines.now().toEpochMilli(),
                "建议 " + suggestion.number() + " 审查结果", "您的建议《" + suggestion.title() + "》" + outcomeText);
    }

    /** Merges a suggestion into another on the same matter (并案): handled together, every deputy told. */
    public void merge(CurrentUser user, long id, Long intoId) {
        if (intoId == null) {
            throw new BadRequestException("intoId", "请指明并入的建议");
        }
        if (intoId == id) {
            throw new BadRequestException("intoId", "建议不能并入自身");
        }
        // lock in id order so that two opposite merges cannot deadlock
        Suggestion first = access.lockVisible(user, Math.min(id, intoId));
        Suggestion second = access.lockVisible(user, Math.max(id, intoId));
        Suggestion source = first.id() == id ? first : second;
        Suggestion target = first.id() == id ? second : first;
        SuggestionAccess.requireStatus(source, SuggestionStatus.SUBMITTED, SuggestionStatus.ACCEPTED);
        if (MERGE_TARGET_ENDED.contains(target.status())) {
            throw new ConflictException("建议 " + target.number() + " 当前不能接收并案");
        }
        suggestions.markMerged(id, intoId);
        engine.correlate(SuggestionProcess.MESSAGE_MERGED, id);
        timeline.record(id, user, TimelineAction.MERGED, "并入 " + target.number());
        timeline.record(intoId, user, TimelineAction.MERGED, source.number() + " 并入本件");
    }

    public void assign(CurrentUser user, long id, List<Long> leadDepartmentIds, List<Long> coDepartmentIds) {
        Departments chosen = departments(leadDepartmentIds, coDepartmentIds, true);
        Suggestion suggestion = access.lockVisible(user, id);
        SuggestionAccess.requireStatus(suggestion, SuggestionStatus.ACCEPTED);
        Instant now = deadlines.now();
        AssignmentRole leadRole = chosen.leads().size() == 1 ? AssignmentRole.LEAD : AssignmentRole.PARALLEL_LEAD;
        Map<Long, Notice> notices = new LinkedHashMap<>();
        chosen.leads().forEach(d -> notices.put(d.id(), assignedNotice(suggestion, insert(id, d, leadRole, now))));
        chosen.cos().forEach(d -> notices.put(d.id(), assignedNotice(suggestion, insert(id, d, AssignmentRole.CO, now))));
        notifier.toDepartments(notices);
        suggestions.markAssigned(id, now);
        engine.complete(engine.task(id, SuggestionProcess.TASK_ASSIGN), Map.of());
        timeline.record(id, user, TimelineAction.ASSIGNED, chosen.describe());
    }

    /**
     * Staff rule on a department's dispute: uphold the assignment (the department goes on), or
     * reassign — the disputed department's task ends and the new departments' tasks begin.
     */
    public void decideDispute(CurrentUser user, long id, boolean uphold, Long departmentId,
            List<Long> leadDepartmentIds, List<Long> coDepartmentIds) {
        Suggestion suggestion = access.lockVisible(user, id);
        SuggestionAccess.requireStatus(suggestion, SuggestionStatus.IN_HANDLING);
        List<Assignment> all = assignments.findBySuggestion(id);
        List<Dispute> open = assignments.findDisputesBySuggestion(id).stream().filter(Dispute::open).toList();
        Dispute dispute = chooseDispute(open, all, departmentId);
        Assignment disputed = all.stream().filter(a -> a.id() == dispute.assignmentId()).findFirst().orElseThrow();
        OpenStep task = engine.departmentTask(disputed.id())
                .filter(t -> SuggestionProcess.TASK_DECIDE_DISPUTE.equals(t.taskKey()))
                .orElseThrow(() -> new ConflictException("该调整申请已处理"));
        Instant now = deadlines.now();
        if (uphold) {
            assignments.decideDispute(dispute.id(), true, user.login(), now);
            assignments.updateState(disputed.id(), AssignmentState.HANDLING);
            engine.completeWithLocalFlags(task, Map.of(SuggestionProcess.VAR_DISPUTE_UPHELD, true));
            timeline.record(id, user, TimelineAction.DISPUTE_UPHELD, disputed.departmentId(),
                    "维持交办 " + disputed.departmentName());
            notifier.toDepartment(NotificationKind.DISPUTE, disputed.departmentId(), id, "dispute-decided:" + dispute.id(),
                    "建议 " + suggestion.number() + " 的调整申请未获同意", "维持原交办，请继续办理。");
            return;
        }
        Departments chosen = departments(leadDepartmentIds, coDepartmentIds, false);
        if (chosen.isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "改交时请指明新的承办单位");
        }
        if (disputed.role().replies() && chosen.leads().isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "主办单位申请调整，须指明新的主办单位");
        }
        if (!disputed.role().replies() && !chosen.leads().isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "协办单位申请调整，只能改交给新的协办单位");
        }
        Set<Long> active = all.stream().filter(Assignment::active).map(Assignment::departmentId)
                .collect(Collectors.toSet());
        for (Department department : chosen.all()) {
            if (active.contains(department.id())) {
                throw new ConflictException(department.name() + " 已在办理该建议");
            }
        }
        assignments.decideDispute(dispute.id(), false, user.login(), now);
        assignments.deactivate(disputed.id(), AssignmentState.REASSIGNED, now);
        AssignmentRole leadRole = disputed.role() == AssignmentRole.LEAD && chosen.leads().size() == 1
                ? AssignmentRole.LEAD : AssignmentRole.PARALLEL_LEAD;
        List<Long> added = new ArrayList<>();
        chosen.leads().forEach(d -> added.add(notifyAssigned(suggestion, d, insert(id, d, leadRole, now))));
        chosen.cos().forEach(d -> added.add(notifyAssigned(suggestion, d, insert(id, d, AssignmentRole.CO, now))));
        // the new departments join the running handling first, so that ending the disputed one
        // cannot finish the handling of the whole suggestion
        added.forEach(assignmentId -> engine.addDepartment(id, assignmentId));
        engine.completeWithLocalFlags(task, Map.of(SuggestionProcess.VAR_DISPUTE_UPHELD, false));
        timeline.record(id, user, TimelineAction.REASSIGNED, disputed.departmentId(),
                disputed.departmentName() + " 改交 " + chosen.describe());
        notifier.toDepartment(NotificationKind.DISPUTE, disputed.departmentId(), id, "dispute-decided:" + dispute.id(),
                "建议 " + suggestion.number() + " 已改交其他单位", "同意调整申请，改交 " + chosen.describe() + "。");
    }

    private Dispute chooseDispute(List<Dispute> open, List<Assignment> all, Long departmentId) {
        if (open.isEmpty()) {
            throw new ConflictException("该建议没有待审定的调整申请");
        }
        if (departmentId == null) {
            if (open.size() > 1) {
                throw new BadRequestException("departmentId", "有多个单位申请调整，请指明审定哪个单位的申请");
            }
            return open.get(0);
        }
        return open.stream().filter(d -> all.stream()
                .anyMatch(a -> a.id() == d.assignmentId() && a.departmentId() == departmentId))
                .findFirst().orElseThrow(() -> new ConflictException("该单位没有待审定的调整申请"));
    }

    private static Notice assignedNotice(Suggestion suggestion, long assignmentId) {
        return Notice.of(NotificationKind.ASSIGNED, "assigned:" + assignmentId, suggestion.id(),
                "新交办建议 " + suggestion.number(), "建议《" + suggestion.title() + "》已交由贵单位办理，请及时签收。");
    }

    private long notifyAssigned(Suggestion suggestion, Department department, long assignmentId) {
        notifier.toDepartments(Map.of(department.id(), assignedNotice(suggestion, assignmentId)));
        return assignmentId;
    }

    private long insert(long suggestionId, Department department, AssignmentRole role, Instant now) {
        GeneratedKey key = new GeneratedKey();
        assignments.insert(suggestionId, department.id(), role, AssignmentState.HANDLING, now,
                deadlines.disputeDue(now), role == AssignmentRole.CO ? deadlines.opinionDue(now) : null,
                role.replies() ? deadlines.replyDue(now) : null, key);
        return key.value();
    }

    private record Departments(List<Department> leads, List<Department> cos) {
        boolean isEmpty() {
            return leads.isEmpty() && cos.isEmpty();
        }

        List<Department> all() {
            List<Department> all = new ArrayList<>(leads);
            all.addAll(cos);
            return all;
        }

        String describe() {
            String lead = leads.stream().map(Department::name).collect(Collectors.joining("、"));
            String co = cos.stream().map(Department::name).collect(Collectors.joining("、"));
            return (lead.isEmpty() ? "" : (leads.size() > 1 ? "分办：" : "主办：") + lead)
                    + (co.isEmpty() ? "" : (lead.isEmpty() ? "" : "；") + "协办：" + co);
        }
    }

    private Departments departments(List<Long> leadIds, List<Long> coIds, boolean leadRequired) {
        List<Long> leads = leadIds == null ? List.of() : leadIds;
        List<Long> cos = coIds == null ? List.of() : coIds;
        if (leadRequired && leads.isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "请至少指定一个主办单位");
        }
        Set<Long> seen = new HashSet<>();
        for (Long departmentId : concat(leads, cos)) {
            if (departmentId == null || !seen.add(departmentId)) {
                throw new BadRequestException("coDepartmentIds", "同一单位在一件建议中只能出现一次");
            }
        }
        List<Department> found = directory.departmentsByIds(seen);
        Map<Long, Department> byId = found.stream().filter(Department::active)
                .collect(Collectors.toMap(Department::id, d -> d));
        for (Long departmentId : seen) {
            if (!byId.containsKey(departmentId)) {
                throw new BadRequestException("leadDepartmentIds", "承办单位不存在或已停用：" + departmentId);
            }
        }
        return new Departments(leads.stream().map(byId::get).toList(), cos.stream().map(byId::get).toList());
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static LetterReason letterReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "作代表来信处理时须选择理由");
        }
        try {
            return LetterReason.valueOf(reason.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("reason", "作代表来信处理的理由须为：OUTSIDE_AUTHORITY、PERSONAL_MATTER、"
                    + "JUDICIAL_CASE、FORWARDED_LETTER、ACADEMIC_OR_ADVERTISING、NO_CONCRETE_CONTENT、ILLEGAL_CONTENT 之一");
        }
    }

    private static String join(String reason, String comment) {
        if (reason == null) {
            return comment;
        }
        return comment == null ? reason : reason + "；" + comment;
    }
}
