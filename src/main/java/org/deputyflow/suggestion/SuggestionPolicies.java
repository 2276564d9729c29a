package org.deputyflow.suggestion;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.NotFoundException;
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

    /** What the caller may do now with the suggestion, as the caller already sees it: every action. */
    Permissions<SuggestionAction> of(CurrentUser user, Suggestion suggestion) {
        return SuggestionPolicy.of(facts(suggestion), reader(user));
    }

    /**
     * Raises the policy's refusal of the action, if it refuses it: a service's first step. Only the
     * facts the action's rules look at are read.
     */
    void require(CurrentUser user, Suggestion suggestion, SuggestionAction action) {
        SuggestionPolicy.only(facts(suggestion), reader(user), action).require(action);
    }

    /**
     * The caller's department's active part, once the policy allows the action on it; another
     * department's suggestion is not found.
     */
    Assignment requireOwn(CurrentUser user, Suggestion suggestion, SuggestionAction action) {
        SuggestionPolicy.Facts facts = facts(suggestion);
        SuggestionPolicy.Reader reader = reader(user);
        Assignment own = SuggestionPolicy.ownAssignment(facts, reader)
                .orElseThrow(() -> NotFoundException.of("suggestion", suggestion.id()));
        SuggestionPolicy.only(facts, reader, action).require(action);
        return own;
    }

    /** The facts the policy looks at; those few rules need are read when a rule first looks at them. */
    SuggestionPolicy.Facts facts(Suggestion suggestion) {
        long id = suggestion.id();
        return SuggestionPolicy.Facts.lazy(
                suggestion, reads.assignmentsOf(id), reads.repliesOf(id), new Sources(id), deadlines.today());
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
                contactedOf(contacts),
                extensions,
                disputes,
                followUpClocks,
                deadlines.today());
    }

    /** The costly facts of one suggestion, one statement each. */
    private final class Sources implements SuggestionPolicy.Sources {

        private final long id;

        Sources(long id) {
            this.id = id;
        }

        @Override
        public List<Signer> signers() {
            return signers.findBySuggestion(id);
        }

        @Override
        public List<Evaluation> evaluations() {
            return records.findEvaluations(id);
        }

        @Override
        public Set<Long> contacted() {
            return contactedOf(records.findContacts(id));
        }

        @Override
        public List<ExtensionRequest> extensions() {
            return clockRecords.findExtensions(id);
        }

        @Override
        public List<Dispute> disputes() {
            return assignments.findDisputesBySuggestion(id);
        }

        @Override
        public List<FollowUpClock> followUpClocks() {
            return records.findFollowUpClocks(id);
        }
    }

    private static Set<Long> contactedOf(List<ContactRecord> contacts) {
        return contacts.stream().map(ContactRecord::assignmentId).collect(Collectors.toSet());
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
