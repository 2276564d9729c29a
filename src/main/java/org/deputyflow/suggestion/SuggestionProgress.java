package org.deputyflow.suggestion;

import java.time.Instant;
import java.util.List;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Text;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.FollowUpClock;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.persistence.TimelineMapper;
import org.springframework.stereotype.Component;

/**
 * What the process asks of our tables while it runs: the status at each waiting point, which
 * departments work now, whose queue a task belongs in. Called by the process listeners only.
 */
@Component
public class SuggestionProgress {

    private final SuggestionMapper suggestions;
    private final AssignmentMapper assignments;
    private final DirectoryService directory;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final TimelineMapper timeline;
    private final SuggestionReads reads;
    private final HandlingRecordMapper records;

    SuggestionProgress(
            SuggestionMapper suggestions,
            AssignmentMapper assignments,
            DirectoryService directory,
            Deadlines deadlines,
            SuggestionNotifier notifier,
            TimelineMapper timeline,
            SuggestionReads reads,
            HandlingRecordMapper records) {
        this.reads = reads;
        this.records = records;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.directory = directory;
        this.deadlines = deadlines;
        this.notifier = notifier;
        this.timeline = timeline;
    }

    public void reached(long suggestionId, SuggestionStatus status) {
        suggestions.updateStatus(suggestionId, status);
        if (status == SuggestionStatus.REPLIED) {
            suggestions.markReplied(suggestionId, deadlines.now(), deadlines.evaluationDue(deadlines.now()));
            Suggestion s = suggestion(suggestionId);
            String key = "replied:" + suggestionId + ":" + s.handlingRound();
            notifier.toDeputy(
                    NotificationKind.REPLIED,
                    s.submitterDeputyId(),
                    suggestionId,
                    key,
                    Text.of("notice.suggestion.replied.subject", s.number()),
                    Text.of("notice.suggestion.replied.text", s.title()));
            // the deputies of suggestions merged into this one are told of its reply too
            for (Suggestion merged : suggestions.findMergedInto(suggestionId)) {
                notifier.toDeputy(
                        NotificationKind.REPLIED,
                        merged.submitterDeputyId(),
                        merged.id(),
                        key,
                        Text.of("notice.suggestion.replied.merged.subject", s.number()),
                        Text.of("notice.suggestion.replied.merged.text", merged.title(), s.number()));
            }
            notifier.toSupervisingLeader(
                    NotificationKind.REPLIED,
                    suggestionId,
                    key,
                    Text.of("notice.suggestion.replied.leader.subject", s.number()),
                    Text.of("notice.suggestion.replied.leader.text", s.title()));
        } else if (status == SuggestionStatus.CLOSED) {
            suggestions.markClosed(suggestionId, deadlines.now());
            for (Assignment assignment : reads.assignmentsOf(suggestionId)) {
                if (assignment.active() && assignment.state() == AssignmentState.REPLIED) {
                    assignments.finish(assignment.id(), AssignmentState.DONE, deadlines.now());
                }
            }
            Suggestion s = suggestion(suggestionId);
            notifier.toSupervisingLeader(
                    NotificationKind.CLOSED,
                    suggestionId,
                    "closed:" + suggestionId,
                    Text.of("notice.suggestion.closed.leader.subject", s.number()),
                    Text.of("notice.suggestion.closed.leader.text", s.title()));
        }
    }

    public void handlingStarted(long suggestionId) {
        Suggestion suggestion = suggestion(suggestionId);
        SuggestionStatus status = suggestion.rehandled() ? SuggestionStatus.REHANDLING : SuggestionStatus.IN_HANDLING;
        // every department's handling starts here; the first of them moved the status already
        if (suggestion.status() != status) {
            suggestions.updateStatus(suggestionId, status);
        }
    }

    /**
     * When the department's current clock started: at its assignment, or when staff ordered the
     * suggestion rehandled, which gives the department a new reply clock.
     */
    public Instant clockStartedAt(Assignment assignment) {
        return timeline.lastOccurrence(assignment.suggestionId(), TimelineAction.REHANDLING_ORDERED)
                .filter(ordered -> ordered.isAfter(assignment.assignedAt()))
                .orElse(assignment.assignedAt());
    }

    public boolean isCoUnit(long assignmentId) {
        return assignment(assignmentId).role() == AssignmentRole.CO;
    }

    public Assignment assignment(long assignmentId) {
        return reads.assignment(assignmentId).orElseThrow(() -> NotFoundException.of("assignment", assignmentId));
    }

    public String leadDeputyLogin(long suggestionId) {
        String login =
                directory.deputy(suggestion(suggestionId).submitterDeputyId()).login();
        if (login == null) {
            throw new IllegalStateException("the lead deputy of suggestion " + suggestionId + " has no login");
        }
        return login;
    }

    public List<Long> activeAssignmentIds(long suggestionId, List<AssignmentState> states) {
        return assignments.activeIdsInStates(suggestionId, states);
    }

    /** The clock of a department's follow-up, which starts with the follow-up itself. */
    public FollowUpClock followUpClock(long assignmentId) {
        return records.findFollowUpClock(assignmentId)
                .orElseThrow(() -> NotFoundException.of("followUp", assignmentId));
    }

    /** The year end found the follow-up open: the department now owes its written explanation. */
    public void explanationOwed(long assignmentId) {
        if (assignment(assignmentId).state() == AssignmentState.FOLLOW_UP) {
            assignments.updateState(assignmentId, AssignmentState.EXPLAINING);
        }
    }

    public Suggestion suggestion(long id) {
        return reads.suggestion(id).orElseThrow(() -> NotFoundException.of("suggestion", id));
    }
}
