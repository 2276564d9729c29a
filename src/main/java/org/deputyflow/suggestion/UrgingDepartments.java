package org.deputyflow.suggestion;

import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.ClockMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催办: staff chase the departments still working on a suggestion, with a message they receive. */
@Service
@Transactional
public class UrgingDepartments {

    private final AssignmentMapper assignments;
    private final ClockMapper clockRecords;
    private final SuggestionAccess access;
    private final SuggestionNotifier notifier;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionPolicies policies;

    UrgingDepartments(
            AssignmentMapper assignments,
            ClockMapper clockRecords,
            SuggestionAccess access,
            SuggestionNotifier notifier,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.assignments = assignments;
        this.clockRecords = clockRecords;
        this.access = access;
        this.notifier = notifier;
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    /** Urges one department, or every department that still owes something when none is named. */
    public int urge(CurrentUser user, long id, Long departmentId, String message) {
        String cleanMessage = Texts.required("message", message, 2000, "label.suggestion.urge.message");
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.URGE);
        List<Assignment> owing = assignments.findBySuggestion(id).stream()
                .filter(a -> a.active() && a.state().stillOwing())
                .filter(a -> departmentId == null || a.departmentId() == departmentId)
                .toList();
        if (owing.isEmpty()) {
            throw new ConflictException(
                    departmentId == null
                            ? "error.suggestion.urge.noDepartmentOwes"
                            : "error.suggestion.urge.departmentOwesNothing");
        }
        for (Assignment assignment : owing) {
            clockRecords.insertUrge(id, assignment.id(), cleanMessage, user.login(), deadlines.now());
            timeline.record(id, user, TimelineAction.URGED, assignment.departmentId(), cleanMessage);
            notifier.toDepartment(
                    NotificationKind.URGED,
                    assignment.departmentId(),
                    id,
                    "urge:" + assignment.id() + ":" + deadlines.now().toEpochMilli(),
                    Text.of("notice.suggestion.urged.subject", suggestion.number()),
                    Text.typed(cleanMessage));
        }
        return owing.size();
    }
}
