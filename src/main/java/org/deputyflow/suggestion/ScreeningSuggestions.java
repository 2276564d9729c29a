package org.deputyflow.suggestion;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.Texts;
import org.deputyflow.suggestion.NewAssignments.Departments;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.LetterReason;
import org.deputyflow.suggestion.domain.ScreeningOutcome;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Committee staff's first steps: screening a suggestion, then assigning it to departments. */
@Service
@Transactional
public class ScreeningSuggestions {

    private final SuggestionMapper suggestions;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final Timeline timeline;
    private final Deadlines deadlines;
    private final SuggestionNotifier notifier;
    private final TimelineWords words;
    private final SuggestionPolicies policies;
    private final NewAssignments newAssignments;

    ScreeningSuggestions(
            SuggestionMapper suggestions,
            SuggestionAccess access,
            SuggestionEngine engine,
            Timeline timeline,
            Deadlines deadlines,
            SuggestionNotifier notifier,
            TimelineWords words,
            SuggestionPolicies policies,
            NewAssignments newAssignments) {
        this.policies = policies;
        this.newAssignments = newAssignments;
        this.suggestions = suggestions;
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
        policies.require(user, suggestion, SuggestionAction.SCREEN);
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

    public void assign(CurrentUser user, long id, List<Long> leadDepartmentIds, List<Long> coDepartmentIds) {
        Departments chosen = newAssignments.departments(leadDepartmentIds, coDepartmentIds, true);
        Suggestion suggestion = access.lockVisible(user, id);
        policies.require(user, suggestion, SuggestionAction.ASSIGN);
        Instant now = deadlines.now();
        AssignmentRole leadRole = chosen.leads().size() == 1 ? AssignmentRole.LEAD : AssignmentRole.PARALLEL_LEAD;
        Map<Long, Notice> notices = new LinkedHashMap<>();
        chosen.leads()
                .forEach(d -> notices.put(
                        d.id(),
                        NewAssignments.assignedNotice(suggestion, newAssignments.insert(id, d, leadRole, now))));
        chosen.cos()
                .forEach(d -> notices.put(
                        d.id(),
                        NewAssignments.assignedNotice(
                                suggestion, newAssignments.insert(id, d, AssignmentRole.CO, now))));
        notifier.toDepartments(notices);
        suggestions.markAssigned(id, now);
        engine.complete(engine.task(id, SuggestionProcess.TASK_ASSIGN), Map.of());
        timeline.record(id, user, TimelineAction.ASSIGNED, words.line(chosen.describe()));
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
