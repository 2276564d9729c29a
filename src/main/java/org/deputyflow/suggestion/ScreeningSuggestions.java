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
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.LetterReason;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionStatus;
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

    private static final Set<SuggestionStatus> MERGE_TARGET_ENDED = Set.of(
            SuggestionStatus.AWAITING_COSIGNERS,
            SuggestionStatus.WITHDRAWN,
            SuggestionStatus.MERGED,
            SuggestionStatus.CONVERTED_TO_LETTER,
            SuggestionStatus.CLOSED);

    private final SuggestionMapper suggestions;
    private final AssignmentMapper assignments;
    private final DirectoryService directory;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final TimelineWords words;
    private final SuggestionPolicies policies;

    ScreeningSuggestions(
            SuggestionMapper suggestions,
            AssignmentMapper assignments,
            DirectoryService directory,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionNotifier notifier,
            TimelineWords words,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.directory = directory;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.words = words;
    }

    public void screen(CurrentUser user, long id, ScreeningOutcome outcome, String reason, String comment) {
        if (outcome == null) {
            throw new BadRequestException("outcome", "error.suggestion.screening.outcomeRequired");
        }
        String cleanComment = Texts.optional("comment", comment, 2000, "label.suggestion.field.screeningComment");
        String cleanReason = switch (outcome) {
            case ACCEPT -> null;
            case RETURN -> Texts.required("reason", reason, 2000, "label.suggestion.field.returnReason");
            case CONVERT_TO_LETTER -> letterReason(reason).name();
        };
        Suggestion suggestion = access.lockVisible(user, id);
        policies.of(user, suggestion).require(SuggestionAction.SCREEN);
        suggestions.recordScreening(id, cleanReason, cleanComment);
        engine.complete(
                engine.task(id, SuggestionProcess.TASK_SCREEN),
                Map.of(SuggestionProcess.VAR_SCREENING_OUTCOME, outcome.name()));
        TimelineAction action = switch (outcome) {
            case ACCEPT -> TimelineAction.ACCEPTED;
            case RETURN -> TimelineAction.RETURNED;
            case CONVERT_TO_LETTER -> TimelineAction.CONVERTED_TO_LETTER;
        };
        timeline.record(
                id,
                user,
                action,
                join(
                        outcome == ScreeningOutcome.CONVERT_TO_LETTER
                                ? Text.of("staff.letterReason." + cleanReason)
                                : cleanReason == null ? null : Text.typed(cleanReason),
                        cleanComment));
        Text outcomeText = switch (outcome) {
            case ACCEPT -> Text.of("notice.suggestion.screened.accepted.text", suggestion.title());
            case RETURN -> Text.of("notice.suggestion.screened.returned.text", suggestion.title(), cleanReason);
            case CONVERT_TO_LETTER -> Text.of("notice.suggestion.screened.convertedToLetter.text", suggestion.title());
        };
        notifier.toDeputy(
                NotificationKind.SCREENED,
                suggestion.submitterDeputyId(),
                id,
                "screened:" + id + ":" + deadlines.now().toEpochMilli(),
                Text.of("notice.suggestion.screened.subject", suggestion.number()),
                outcomeText);
    }

    /** Merges a suggestion into another on the same matter (并案): handled together, every deputy told. */
    public void merge(CurrentUser user, long id, Long intoId) {
        if (intoId == null) {
            throw new BadRequestException("intoId", "error.suggestion.merge.targetRequired");
        }
        if (intoId == id) {
            throw new BadRequestException("intoId", "error.suggestion.merge.self");
        }
        // lock in id order so that two opposite merges cannot deadlock
        Suggestion first = access.lockVisible(user, Math.min(id, intoId));
        Suggestion second = access.lockVisible(user, Math.max(id, intoId));
        Suggestion source = first.id() == id ? first : second;
        Suggestion target = first.id() == id ? second : first;
        policies.of(user, source).require(SuggestionAction.MERGE);
        if (MERGE_TARGET_ENDED.contains(target.status())) {
            throw new ConflictException("error.suggestion.merge.targetClosed", target.number());
        }
        suggestions.markMerged(id, intoId);
        engine.correlate(SuggestionProcess.MESSAGE_MERGED, id);
        timeline.record(
                id, user, TimelineAction.MERGED, words.line("text.suggestion.line.mergedInto", target.number()));
        timeline.record(
                intoId, user, TimelineAction.MERGED, words.line("text.suggestion.line.mergedHere", source.number()));
    }

    public void assign(CurrentUser user, long id, List<Long> leadDepartmentIds, List<Long> coDepartmentIds) {
        Departments chosen = departments(leadDepartmentIds, coDepartmentIds, true);
        Suggestion suggestion = access.lockVisible(user, id);
        policies.of(user, suggestion).require(SuggestionAction.ASSIGN);
        Instant now = deadlines.now();
        AssignmentRole leadRole = chosen.leads().size() == 1 ? AssignmentRole.LEAD : AssignmentRole.PARALLEL_LEAD;
        Map<Long, Notice> notices = new LinkedHashMap<>();
        chosen.leads().forEach(d -> notices.put(d.id(), assignedNotice(suggestion, insert(id, d, leadRole, now))));
        chosen.cos()
                .forEach(d -> notices.put(d.id(), assignedNotice(suggestion, insert(id, d, AssignmentRole.CO, now))));
        notifier.toDepartments(notices);
        suggestions.markAssigned(id, now);
        engine.complete(engine.task(id, SuggestionProcess.TASK_ASSIGN), Map.of());
        timeline.record(id, user, TimelineAction.ASSIGNED, words.line(chosen.describe()));
    }

    /**
     * Staff rule on a department's dispute: uphold the assignment (the department goes on), or
     * reassign — the disputed department's task ends and the new departments' tasks begin.
     */
    public void decideDispute(
            CurrentUser user,
            long id,
            boolean uphold,
            Long departmentId,
            List<Long> leadDepartmentIds,
            List<Long> coDepartmentIds) {
        Suggestion suggestion = access.lockVisible(user, id);
        SuggestionAccess.requireStatus(suggestion, SuggestionStatus.IN_HANDLING);
        List<Assignment> all = assignments.findBySuggestion(id);
        List<Dispute> open = assignments.findDisputesBySuggestion(id).stream()
                .filter(Dispute::open)
                .toList();
        Dispute dispute = chooseDispute(open, all, departmentId);
        Assignment disputed = all.stream()
                .filter(a -> a.id() == dispute.assignmentId())
                .findFirst()
                .orElseThrow();
        OpenStep task = engine.departmentTask(disputed.id())
                .filter(t -> SuggestionProcess.TASK_DECIDE_DISPUTE.equals(t.taskKey()))
                .orElseThrow(() -> new ConflictException("error.suggestion.dispute.decided"));
        Instant now = deadlines.now();
        if (uphold) {
            assignments.decideDispute(dispute.id(), true, user.login(), now);
            assignments.updateState(disputed.id(), AssignmentState.HANDLING);
            engine.completeWithLocalFlags(task, Map.of(SuggestionProcess.VAR_DISPUTE_UPHELD, true));
            timeline.record(
                    id,
                    user,
                    TimelineAction.DISPUTE_UPHELD,
                    disputed.departmentId(),
                    words.line("text.suggestion.line.assignmentUpheld", disputed.departmentName()));
            notifier.toDepartment(
                    NotificationKind.DISPUTE,
                    disputed.departmentId(),
                    id,
                    "dispute-decided:" + dispute.id(),
                    Text.of("notice.suggestion.disputeUpheld.subject", suggestion.number()),
                    Text.of("notice.suggestion.disputeUpheld.text"));
            return;
        }
        Departments chosen = departments(leadDepartmentIds, coDepartmentIds, false);
        if (chosen.isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "error.suggestion.dispute.newDepartmentRequired");
        }
        if (disputed.role().replies() && chosen.leads().isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "error.suggestion.dispute.newLeadRequired");
        }
        if (!disputed.role().replies() && !chosen.leads().isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "error.suggestion.dispute.coUnitOnly");
        }
        Set<Long> active = all.stream()
                .filter(Assignment::active)
                .map(Assignment::departmentId)
                .collect(Collectors.toSet());
        for (Department department : chosen.all()) {
            if (active.contains(department.id())) {
                throw new ConflictException("error.suggestion.dispute.alreadyHandling", department.name());
            }
        }
        assignments.decideDispute(dispute.id(), false, user.login(), now);
        assignments.deactivate(disputed.id(), AssignmentState.REASSIGNED, now);
        AssignmentRole leadRole =
                disputed.role() == AssignmentRole.LEAD && chosen.leads().size() == 1
                        ? AssignmentRole.LEAD
                        : AssignmentRole.PARALLEL_LEAD;
        List<Long> added = new ArrayList<>();
        chosen.leads().forEach(d -> added.add(notifyAssigned(suggestion, d, insert(id, d, leadRole, now))));
        chosen.cos().forEach(d -> added.add(notifyAssigned(suggestion, d, insert(id, d, AssignmentRole.CO, now))));
        // the new departments join the running handling first, so that ending the disputed one
        // cannot finish the handling of the whole suggestion
        added.forEach(assignmentId -> engine.addDepartment(id, assignmentId));
        engine.completeWithLocalFlags(task, Map.of(SuggestionProcess.VAR_DISPUTE_UPHELD, false));
        timeline.record(
                id,
                user,
                TimelineAction.REASSIGNED,
                disputed.departmentId(),
                words.line("text.suggestion.line.reassigned", disputed.departmentName(), chosen.describe()));
        notifier.toDepartment(
                NotificationKind.DISPUTE,
                disputed.departmentId(),
                id,
                "dispute-decided:" + dispute.id(),
                Text.of("notice.suggestion.reassigned.subject", suggestion.number()),
                Text.of("notice.suggestion.reassigned.text", chosen.describe()));
    }

    private Dispute chooseDispute(List<Dispute> open, List<Assignment> all, Long departmentId) {
        if (open.isEmpty()) {
            throw new ConflictException("error.suggestion.dispute.noneOpen");
        }
        if (departmentId == null) {
            if (open.size() > 1) {
                throw new BadRequestException("departmentId", "error.suggestion.dispute.departmentRequired");
            }
            return open.get(0);
        }
        return open.stream()
                .filter(d -> all.stream().anyMatch(a -> a.id() == d.assignmentId() && a.departmentId() == departmentId))
                .findFirst()
                .orElseThrow(() -> new ConflictException("error.suggestion.dispute.noneOpenForDepartment"));
    }

    private static Notice assignedNotice(Suggestion suggestion, long assignmentId) {
        return Notice.of(
                NotificationKind.ASSIGNED,
                "assigned:" + assignmentId,
                suggestion.id(),
                Text.of("notice.suggestion.assigned.subject", suggestion.number()),
                Text.of("notice.suggestion.assigned.text", suggestion.title()));
    }

    private long notifyAssigned(Suggestion suggestion, Department department, long assignmentId) {
        notifier.toDepartments(Map.of(department.id(), assignedNotice(suggestion, assignmentId)));
        return assignmentId;
    }

    private long insert(long suggestionId, Department department, AssignmentRole role, Instant now) {
        GeneratedKey key = new GeneratedKey();
        assignments.insert(
                suggestionId,
                department.id(),
                role,
                AssignmentState.HANDLING,
                now,
                deadlines.disputeDue(now),
                role == AssignmentRole.CO ? deadlines.opinionDue(now) : null,
                role.replies() ? deadlines.replyDue(now) : null,
                key);
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

        /** 主办：A；协办：B and the like, in the reader's language. */
        Text describe() {
            Text lead = leads.isEmpty()
                    ? null
                    : Text.of(
                            leads.size() > 1
                                    ? "text.suggestion.departments.parallelLeads"
                                    : "text.suggestion.departments.lead",
                            TimelineWords.list(
                                    leads.stream().map(Department::name).toList()));
            Text co = cos.isEmpty()
                    ? null
                    : Text.of(
                            "text.suggestion.departments.co",
                            TimelineWords.list(
                                    cos.stream().map(Department::name).toList()));
            if (lead == null || co == null) {
                return lead == null ? co : lead;
            }
            return Text.of("text.suggestion.departments.leadAndCo", lead, co);
        }
    }

    private Departments departments(List<Long> leadIds, List<Long> coIds, boolean leadRequired) {
        List<Long> leads = leadIds == null ? List.of() : leadIds;
        List<Long> cos = coIds == null ? List.of() : coIds;
        if (leadRequired && leads.isEmpty()) {
            throw new BadRequestException("leadDepartmentIds", "error.suggestion.assign.leadRequired");
        }
        Set<Long> seen = new HashSet<>();
        for (Long departmentId : concat(leads, cos)) {
            if (departmentId == null || !seen.add(departmentId)) {
                throw new BadRequestException("coDepartmentIds", "error.suggestion.assign.duplicateDepartment");
            }
        }
        List<Department> found = directory.departmentsByIds(seen);
        Map<Long, Department> byId =
                found.stream().filter(Department::active).collect(Collectors.toMap(Department::id, d -> d));
        for (Long departmentId : seen) {
            if (!byId.containsKey(departmentId)) {
                throw new BadRequestException(
                        "leadDepartmentIds", "error.suggestion.assign.unknownDepartment", String.valueOf(departmentId));
            }
        }
        return new Departments(
                leads.stream().map(byId::get).toList(),
                cos.stream().map(byId::get).toList());
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static LetterReason letterReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "error.suggestion.screening.letterReasonRequired");
        }
        try {
            return LetterReason.valueOf(reason.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("reason", "error.suggestion.screening.letterReasonInvalid");
        }
    }

    /** The screening's line: its reason (a letter reason by its name), what staff added, or both. */
    private Text join(Text reason, String comment) {
        if (comment == null) {
            return reason;
        }
        return reason == null
                ? Text.typed(comment)
                : words.line("text.suggestion.line.reasonAndComment", reason, comment);
    }
}
