package org.deputyflow.suggestion;

import java.util.List;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.process.OpenStep;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 免于协办意见: a co-unit that lets its opinion's due date pass would hold the lead unit's reply for
 * ever, so staff may waive the overdue opinion with a reason. The co-unit's part ends, it is told
 * why, and the lead units learn that they may reply; the statistics count the opinion as late.
 */
@Service
@Transactional
public class WaivingOpinions {

    private final AssignmentMapper assignments;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final SuggestionNotifier notifier;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionPolicies policies;

    WaivingOpinions(
            AssignmentMapper assignments,
            SuggestionAccess access,
            SuggestionEngine engine,
            SuggestionNotifier notifier,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.assignments = assignments;
        this.access = access;
        this.engine = engine;
        this.notifier = notifier;
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    public void waive(CurrentUser user, long id, Long departmentId, String reason) {
        if (departmentId == null) {
            throw new BadRequestException("departmentId", "error.suggestion.waiver.departmentRequired");
        }
        String cleanReason = Texts.required("reason", reason, 2000, "label.suggestion.field.waiverReason");
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.WAIVE_OPINION);
        List<Assignment> all = assignments.findBySuggestion(id);
        Assignment coUnit = all.stream()
                .filter(a -> a.active() && a.role() == AssignmentRole.CO && a.departmentId() == departmentId)
                .findFirst()
                .orElseThrow(() -> new ConflictException("error.suggestion.waiver.notCoUnit"));
        if (coUnit.state() != AssignmentState.HANDLING || coUnit.opinionWaived()) {
            throw new ConflictException("error.suggestion.waiver.noOpinionOwed", coUnit.departmentName());
        }
        if (!SuggestionPolicy.waivable(coUnit, deadlines.today())) {
            throw new ConflictException(
                    "error.suggestion.waiver.notOverdue", coUnit.departmentName(), String.valueOf(coUnit.opinionDue()));
        }
        OpenStep task = engine.departmentTask(coUnit.id(), SuggestionProcess.TASK_WRITE_OPINION)
                .orElseThrow(
                        () -> new ConflictException("error.suggestion.waiver.noOpinionOwed", coUnit.departmentName()));
        assignments.waiveOpinion(coUnit.id(), AssignmentState.OPINION_WAIVED, deadlines.now());
        engine.completeWithLocalFlags(
                task, Map.of(SuggestionProcess.VAR_HANDLING_OUTCOME, SuggestionProcess.OUTCOME_OPINION_WAIVED));
        timeline.record(id, user, TimelineAction.OPINION_WAIVED, coUnit.departmentId(), cleanReason);
        String key = "opinion-waived:" + coUnit.id();
        notifier.toDepartment(
                NotificationKind.DECISION,
                coUnit.departmentId(),
                id,
                key,
                Text.of("notice.suggestion.opinionWaived.subject", suggestion.number()),
                Text.of(
                        "notice.suggestion.opinionWaived.text",
                        coUnit.opinionDue().toString(),
                        cleanReason));
        all.stream()
                .filter(a -> a.active() && a.role().replies())
                .forEach(lead -> notifier.toDepartment(
                        NotificationKind.DECISION,
                        lead.departmentId(),
                        id,
                        key + ":" + lead.id(),
                        Text.of("notice.suggestion.mayReply.subject", suggestion.number()),
                        Text.of("notice.suggestion.mayReply.text", coUnit.departmentName())));
    }
}
