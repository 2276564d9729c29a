package org.deputyflow.suggestion;

import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.TimelineLines;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.shared.persistence.TextJson;
import org.deputyflow.suggestion.domain.ReaderRelation;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.TimelineMapper;
import org.springframework.stereotype.Component;

/**
 * Writes the one timeline line of each action, in the action's transaction. Every action on a
 * suggestion passes here, so this is also where a key suggestion's supervising leader hears of it
 * and where the action's audit line is written: {@code suggestion.} and the action in kebab case,
 * with the department and the comment's length, never the comment (it may quote personal data).
 */
@Component
class Timeline {

    private final TimelineMapper timeline;
    private final SuggestionReads reads;
    private final DirectoryService directory;
    private final SuggestionNotifier notifier;
    private final Deadlines deadlines;
    private final AuditTrail audit;
    private final TimelineWords words;

    Timeline(
            TimelineMapper timeline,
            SuggestionReads reads,
            DirectoryService directory,
            SuggestionNotifier notifier,
            Deadlines deadlines,
            AuditTrail audit,
            TimelineWords words) {
        this.words = words;
        this.timeline = timeline;
        this.reads = reads;
        this.directory = directory;
        this.notifier = notifier;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    void record(long suggestionId, CurrentUser actor, TimelineAction action, String comment) {
        record(suggestionId, actor, action, null, comment);
    }

    void record(long suggestionId, CurrentUser actor, TimelineAction action, Text comment) {
        record(suggestionId, actor, action, null, comment);
    }

    void record(long suggestionId, CurrentUser actor, TimelineAction action, Long departmentId, String comment) {
        record(suggestionId, actor, action, departmentId, comment, null);
    }

    /**
     * A line whose comment the system words (a merge, an extension's months, a reason with a comment): kept
     * rendered in the office's language and as its codes, so that each reader reads it in their language.
     */
    void record(long suggestionId, CurrentUser actor, TimelineAction action, Long departmentId, Text comment) {
        if (comment == null || comment.isTyped()) {
            record(
                    suggestionId,
                    actor,
                    action,
                    departmentId,
                    comment == null ? null : comment.getDefaultMessage(),
                    null);
            return;
        }
        record(suggestionId, actor, action, departmentId, words.inOfficeLanguage(comment), TextJson.write(comment));
    }

    private void record(
            long suggestionId,
            CurrentUser actor,
            TimelineAction action,
            Long departmentId,
            String comment,
            String commentTexts) {
        String clean = TimelineLines.comment(comment);
        GeneratedKey entry = new GeneratedKey();
        timeline.insert(
                suggestionId,
                deadlines.now(),
                actor.login(),
                actor.displayName(),
                action,
                departmentId,
                clean,
                clean == null ? null : commentTexts,
                entry);
        audit.record(
                auditAction(action),
                "suggestion",
                suggestionId,
                AuditTrail.SUCCESS,
                TimelineLines.auditDetails(departmentId, clean));
        // the supervising leader is a council member and reads the line as the council does
        if (action.shownTo(ReaderRelation.COUNCIL)) {
            notifier.supervisingLeader(suggestionId)
                    .ifPresent(leader -> tellSupervisingLeader(
                            suggestionId,
                            actor,
                            action,
                            departmentId,
                            action.commentShownTo(ReaderRelation.COUNCIL) ? clean : null,
                            entry.value()));
        }
    }

    /** The audit's name of a timeline action: {@code suggestion.reply-approved}. */
    static String auditAction(TimelineAction action) {
        return TimelineLines.auditAction("suggestion", action);
    }

    /** One notice per timeline line, keyed by the line: a retried action tells the leader once. */
    private void tellSupervisingLeader(
            long suggestionId,
            CurrentUser actor,
            TimelineAction action,
            Long departmentId,
            String comment,
            long entryId) {
        Suggestion s = reads.suggestion(suggestionId).orElseThrow();
        String who =
                (departmentId == null ? "" : directory.department(departmentId).name() + " ") + actor.displayName();
        Text did = Text.of(action.label());
        notifier.toSupervisingLeader(
                kindOf(action),
                suggestionId,
                Notice.keyOf("supervision", entryId),
                Text.of("notice.suggestion.supervision.subject", s.number(), did, who),
                comment == null
                        ? Text.of("notice.suggestion.supervision.text", s.title(), who, did)
                        : Text.of("notice.suggestion.supervision.commented.text", s.title(), who, did, comment));
    }

    private static NotificationKind kindOf(TimelineAction action) {
        return switch (action) {
            case ASSIGNED, REASSIGNED, DISPUTE_UPHELD -> NotificationKind.ASSIGNED;
            case DISPUTED -> NotificationKind.DISPUTE;
            case REPLY_APPROVED -> NotificationKind.REPLIED;
            case EVALUATED -> NotificationKind.EVALUATED;
            case REHANDLING_ORDERED, REHANDLING_DECLINED -> NotificationKind.DECISION;
            case EXTENSION_REQUESTED -> NotificationKind.EXTENSION_REQUESTED;
            case EXTENSION_APPROVED, EXTENSION_REFUSED -> NotificationKind.EXTENSION_DECIDED;
            case URGED -> NotificationKind.URGED;
            case CLOSED_NOT_EVALUATED -> NotificationKind.CLOSED;
            default -> NotificationKind.PROGRESS;
        };
    }
}
