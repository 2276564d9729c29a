package org.deputyflow.suggestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Department;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.springframework.stereotype.Component;

/**
 * What assigning a suggestion and reassigning it after a dispute share: checking the chosen
 * departments, giving each its part with its deadlines, and the notice that tells it.
 */
@Component
class NewAssignments {

    private final AssignmentMapper assignments;
    private final DirectoryService directory;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;

    NewAssignments(
            AssignmentMapper assignments,
            DirectoryService directory,
            Deadlines deadlines,
            SuggestionNotifier notifier) {
        this.assignments = assignments;
        this.directory = directory;
        this.deadlines = deadlines;
        this.notifier = notifier;
    }

    /** The chosen lead and co-units, each active and named once. */
    Departments departments(List<Long> leadIds, List<Long> coIds, boolean leadRequired) {
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

    /** Gives the department its part, handling from now, and returns the part's id. */
    long insert(long suggestionId, Department department, AssignmentRole role, Instant now) {
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

    /** Tells one department of its new part and returns the part's id. */
    long notifyAssigned(Suggestion suggestion, Department department, long assignmentId) {
        notifier.toDepartments(Map.of(department.id(), assignedNotice(suggestion, assignmentId)));
        return assignmentId;
    }

    static Notice assignedNotice(Suggestion suggestion, long assignmentId) {
        return Notice.of(
                NotificationKind.ASSIGNED,
                "assigned:" + assignmentId,
                suggestion.id(),
                Text.of("notice.suggestion.assigned.subject", suggestion.number()),
                Text.of("notice.suggestion.assigned.text", suggestion.title()));
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    record Departments(List<Department> leads, List<Department> cos) {
        Departments {
            leads = List.copyOf(leads);
            cos = List.copyOf(cos);
        }

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
}
