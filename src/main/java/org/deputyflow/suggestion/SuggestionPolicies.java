package org.deputyflow.suggestion;

import java.util.List;
import java.util.stream.Collectors;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Permissions;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.ContactRecord;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.Evaluation;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.FollowUpClock;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.Signer;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.ClockMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.persistence.SignerMapper;
import org.springframework.stereotype.Component;

/** Reads the facts {@link SuggestionPolicy} looks at, for the services that ask it before they act. */
@Component
class SuggestionPolicies {

    private final SuggestionReads reads;
    private final SignerMapper signers;
    private final HandlingRecordMapper records;
    private final ClockMapper clockRecords;
    private final AssignmentMapper assignments;
    private final Deadlines deadlines;

    SuggestionPolicies(
            SuggestionReads reads,
            SignerMapper signers,
            HandlingRecordMapper records,
            ClockMapper clockRecords,
            AssignmentMapper assignments,
            Deadlines deadlines) {
        this.reads = reads;
        this.signers = signers;
        this.records = records;
        this.clockRecords = clockRecords;
        this.assignments = assignments;
        this.deadlines = deadlines;
    }

    /** What the caller may do now with the suggestion, as the caller already sees it. */
    Permissions<SuggestionAction> of(CurrentUser user, Suggestion suggestion) {
        return SuggestionPolicy.of(facts(suggestion), reader(user));
    }

    SuggestionPolicy.Facts facts(Suggestion suggestion) {
        long id = suggestion.id();
        return facts(
                suggestion,
                reads.assignmentsOf(id),
                signers.findBySuggestion(id),
                reads.repliesOf(id),
                records.findEvaluations(id),
                records.findContacts(id),
                clockRecords.findExtensions(id),
                assignments.findDisputesBySuggestion(id),
                // only a suggestion following up has deliveries to confirm
                suggestion.status() == SuggestionStatus.FOLLOW_UP ? records.findFollowUpClocks(id) : List.of());
    }

    /** The facts from records a caller has already read in full (not filtered for a reader). */
    SuggestionPolicy.Facts facts(
            Suggestion suggestion,
            List<Assignment> assigned,
            List<Signer> signed,
            List<Reply> replies,
            List<Evaluation> evaluations,
            List<ContactRecord> contacts,
            List<ExtensionRequest> extensions,
            List<Dispute> disputes,
            List<FollowUpClock> followUpClocks) {
        return new SuggestionPolicy.Facts(
                suggestion,
                assigned,
                signed,
                replies,
                evaluations,
                contacts.stream().map(ContactRecord::assignmentId).collect(Collectors.toSet()),
                extensions,
                disputes,
                followUpClocks,
                deadlines.today());
    }

    static SuggestionPolicy.Reader reader(CurrentUser user) {
        return new SuggestionPolicy.Reader(
                user.login(),
                user.hasRole(Role.DEPUTY) ? user.deputyId() : null,
                user.departmentId(),
                user.hasRole(Role.STAFF),
                user.hasRole(Role.DEPT_HANDLER),
                user.hasRole(Role.DEPT_LEADER));
    }
}
