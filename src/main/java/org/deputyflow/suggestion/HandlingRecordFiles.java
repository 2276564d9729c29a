package org.deputyflow.suggestion;

import java.util.List;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.FollowUp;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionReader;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the attachment module may know of a department's reply or follow-up report: the suggestion and department
 * it belongs to, whether the caller may read it (then they may read its files) and whether they may add or remove
 * files now. A reply is read as the suggestion's dossier shows it (a version awaiting sign-off by its department,
 * staff, council and admins only); it takes files from its department's handler until the leader decides on it.
 * A follow-up report is read by every reader of the suggestion and takes files while the follow-up is open.
 */
@Service
@Transactional(readOnly = true)
public class HandlingRecordFiles {

    /**
     * A reply or follow-up report as the attachment module sees it.
     *
     * @param confidential the suggestion is confidential: its files are never shown on a public page
     * @param mayChangeFiles the caller may add files and remove their own now
     */
    public record FileHolder(
            long id,
            long suggestionId,
            String number,
            long assignmentId,
            long departmentId,
            boolean confidential,
            boolean mayChangeFiles) {}

    private final HandlingRecordMapper records;
    private final AssignmentMapper assignments;
    private final SuggestionAccess access;

    HandlingRecordFiles(HandlingRecordMapper records, AssignmentMapper assignments, SuggestionAccess access) {
        this.records = records;
        this.assignments = assignments;
        this.access = access;
    }

    /** The reply if the caller may read it; 404 otherwise, as for the reply in the suggestion's dossier. */
    public FileHolder readableReply(CurrentUser user, long replyId) {
        Reply reply = records.findReplyById(replyId).orElseThrow(() -> replyNotFound(replyId));
        Assignment assignment = assignmentOf(reply.assignmentId(), replyId);
        Suggestion suggestion = access.visible(user, assignment.suggestionId());
        requireReadable(user, suggestion, SuggestionQueries.replyAction(reply), assignment, replyNotFound(replyId));
        return holder(user, suggestion, replyId, assignment, replyOpen(reply, assignment));
    }

    /**
     * Locks the suggestion for a change of the reply's files, so that a file does not slip in beside the
     * leader's sign-off: 404 if the caller may not read the reply, 403 unless they are a handler of its
     * department, 409 once the leader has signed it off or sent it back.
     */
    @Transactional
    public FileHolder lockReplyForFiles(CurrentUser user, long replyId) {
        Reply before = records.findReplyById(replyId).orElseThrow(() -> replyNotFound(replyId));
        long suggestionId = assignmentOf(before.assignmentId(), replyId).suggestionId();
        Suggestion suggestion = access.lockVisible(user, suggestionId);
        Reply reply = records.findReplyById(replyId).orElseThrow(() -> replyNotFound(replyId));
        Assignment assignment = assignmentOf(reply.assignmentId(), replyId);
        requireReadable(user, suggestion, SuggestionQueries.replyAction(reply), assignment, replyNotFound(replyId));
        requireHandlerOf(user, assignment);
        if (!replyOpen(reply, assignment)) {
            throw new ConflictException("error.suggestion.files.replyClosed", suggestion.number());
        }
        return holder(user, suggestion, replyId, assignment, true);
    }

    /** The follow-up report if the caller may read it; 404 otherwise. */
    public FileHolder readableFollowUp(CurrentUser user, long followUpId) {
        FollowUp followUp = records.findFollowUpById(followUpId).orElseThrow(() -> followUpNotFound(followUpId));
        Assignment assignment = assignmentOf(followUp.assignmentId(), followUpId);
        Suggestion suggestion = access.visible(user, assignment.suggestionId());
        requireReadable(user, suggestion, TimelineAction.FOLLOW_UP_REPORTED, assignment, followUpNotFound(followUpId));
        return holder(user, suggestion, followUpId, assignment, followUpOpen(followUp, assignment));
    }

    /**
     * Locks the suggestion for a change of the report's files: 404 if the caller may not read it, 403 unless
     * they are a handler of its department, 409 once the department has reported delivery or the follow-up ended.
     */
    @Transactional
    public FileHolder lockFollowUpForFiles(CurrentUser user, long followUpId) {
        FollowUp before = records.findFollowUpById(followUpId).orElseThrow(() -> followUpNotFound(followUpId));
        long suggestionId = assignmentOf(before.assignmentId(), followUpId).suggestionId();
        Suggestion suggestion = access.lockVisible(user, suggestionId);
        Assignment assignment = assignmentOf(before.assignmentId(), followUpId);
        requireReadable(user, suggestion, TimelineAction.FOLLOW_UP_REPORTED, assignment, followUpNotFound(followUpId));
        requireHandlerOf(user, assignment);
        if (!followUpOpen(before, assignment)) {
            throw new ConflictException("error.suggestion.files.followUpClosed", suggestion.number());
        }
        return holder(user, suggestion, followUpId, assignment, true);
    }

    /** A reply takes files while it waits for the leader's sign-off. */
    private static boolean replyOpen(Reply reply, Assignment assignment) {
        return reply.awaitingSignOff()
                && assignment.active()
                && assignment.state() == AssignmentState.AWAITING_SIGN_OFF;
    }

    /** A follow-up report takes files while its department still follows the reply up. */
    private static boolean followUpOpen(FollowUp followUp, Assignment assignment) {
        return !followUp.delivered() && assignment.active() && assignment.state() == AssignmentState.FOLLOW_UP;
    }

    private void requireReadable(
            CurrentUser user,
            Suggestion suggestion,
            TimelineAction action,
            Assignment assignment,
            NotFoundException notFound) {
        List<Assignment> assigned = assignments.findBySuggestion(suggestion.id());
        SuggestionReader reader = SuggestionQueries.reader(user, suggestion, assigned);
        if (!reader.reads(action, assignment.departmentId())) {
            throw notFound;
        }
    }

    private static void requireHandlerOf(CurrentUser user, Assignment assignment) {
        if (!handlerOf(user, assignment)) {
            throw new AccessDeniedException("only a handler of the department adds files to its reply or follow-up");
        }
    }

    private static boolean handlerOf(CurrentUser user, Assignment assignment) {
        return user.hasRole(Role.DEPT_HANDLER)
                && user.departmentId() != null
                && user.departmentId() == assignment.departmentId();
    }

    private Assignment assignmentOf(long assignmentId, long recordId) {
        return assignments.findById(assignmentId).orElseThrow(() -> NotFoundException.of("record", recordId));
    }

    private static FileHolder holder(
            CurrentUser user, Suggestion suggestion, long id, Assignment assignment, boolean open) {
        return new FileHolder(
                id,
                suggestion.id(),
                suggestion.number(),
                assignment.id(),
                assignment.departmentId(),
                suggestion.confidential(),
                open && handlerOf(user, assignment));
    }

    private static NotFoundException replyNotFound(long id) {
        return NotFoundException.of("reply", id);
    }

    private static NotFoundException followUpNotFound(long id) {
        return NotFoundException.of("followUp", id);
    }
}
