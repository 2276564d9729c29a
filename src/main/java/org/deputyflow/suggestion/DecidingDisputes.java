package org.deputyflow.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Text;
import org.deputyflow.suggestion.NewAssignments.Departments;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.process.OpenStep;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committee staff rule on a department's dispute of its assignment: uphold it or reassign. */
@Service
@Transactional
public class DecidingDisputes {

    private final AssignmentMapper assignments;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final TimelineWords words;
    private final NewAssignments newAssignments;
    private final SuggestionPolicies policies;

    DecidingDisputes(
            AssignmentMapper assignments,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionNotifier notifier,
            TimelineWords words,
            NewAssignments newAssignments,
            SuggestionPolicies policies) {
        this.assignments = assignments;
        this.access = access;
        this.engine = engine;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.words = words;
        this.newAssignments = newAssignments;
        this.policies = policies;
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
        policies.require(user, suggestion, SuggestionAction.DECIDE_DISPUTE);
        List<Assignment> all = assignments.findBySuggestion(id);
        List<Dispute> open = assignments.findDisputesBySuggestion(id).stream()
                .filter(Dispute::open)
                .toList();
        Dispute dispute = chooseDispute(open, all, departmentId);
        Assignment disputed = all.stream()
                .filter(a -> a.id() == dispute.assignmentId())
                .findFirst()
                .orElseThrow();
        OpenStep task = engine.departmentTask(disputed.id(), SuggestionProcess.TASK_DECIDE_DISPUTE)
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
        Departments chosen = newAssignments.departments(leadDepartmentIds, coDepartmentIds, false);
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
        chosen.leads()
                .forEach(d -> added.add(
                        newAssignments.notifyAssigned(suggestion, d, newAssignments.insert(id, d, leadRole, now))));
        chosen.cos()
                .forEach(d -> added.add(newAssignments.notifyAssigned(
                        suggestion, d, newAssignments.insert(id, d, AssignmentRole.CO, now))));
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
}
