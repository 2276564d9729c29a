package org.deputyflow.suggestion;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.Permissions;
import org.deputyflow.suggestion.domain.Assignment;
import org.deputyflow.suggestion.domain.ContactRecord;
import org.deputyflow.suggestion.domain.Dispute;
import org.deputyflow.suggestion.domain.Evaluation;
import org.deputyflow.suggestion.domain.ExtensionRequest;
import org.deputyflow.suggestion.domain.FollowUpClock;
import org.deputyflow.suggestion.domain.PendingExtension;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.Signer;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionAction;
import org.deputyflow.suggestion.domain.SuggestionPolicy;
import org.deputyflow.suggestion.domain.SuggestionReader;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.SuggestionSummary;
import org.deputyflow.suggestion.domain.TimelineAction;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.ClockMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.persistence.SignerMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.persistence.SuggestionSearch;
import org.deputyflow.suggestion.persistence.TimelineMapper;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading suggestions, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class SuggestionQueries {

    private final SuggestionMapper suggestions;
    private final SignerMapper signers;
    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final TimelineWords words;
    private final TimelineMapper timeline;
    private final DirectoryService directory;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final ClockMapper clockRecords;
    private final SuggestionPolicies policies;

    SuggestionQueries(
            ClockMapper clockRecords,
            SuggestionMapper suggestions,
            SignerMapper signers,
            AssignmentMapper assignments,
            HandlingRecordMapper records,
            TimelineMapper timeline,
            DirectoryService directory,
            SuggestionAccess access,
            SuggestionEngine engine,
            TimelineWords words,
            SuggestionPolicies policies) {
        this.policies = policies;
        this.words = words;
        this.suggestions = suggestions;
        this.signers = signers;
        this.assignments = assignments;
        this.records = records;
        this.timeline = timeline;
        this.directory = directory;
        this.access = access;
        this.engine = engine;
        this.clockRecords = clockRecords;
    }

    public Page<SuggestionSummary> list(
            CurrentUser user, SuggestionStatus status, Long departmentId, String q, PageRequest page) {
        SuggestionSearch search = access.scope(user, status, departmentId, q == null ? null : q.strip());
        long total = suggestions.count(search);
        List<SuggestionSummary> items = total == 0 ? List.of() : suggestions.search(search, page.offset(), page.size());
        return Page.of(items, page, total);
    }

    /**
     * The suggestion with everything the caller may read of it. What concerns one department (its
     * disputes, reply drafts and sent-back versions, urges, the words of its extension requests) is
     * read by that department, staff, council and admins only, as the timeline lines about it are.
     */
    public SuggestionDossier dossier(CurrentUser user, long id) {
        Suggestion suggestion = access.visible(user, id);
        List<Assignment> assigned = assignments.findBySuggestion(id);
        SuggestionReader reader = reader(user, suggestion, assigned);
        Map<Long, Long> departmentOf =
                assigned.stream().collect(Collectors.toMap(Assignment::id, Assignment::departmentId));
        DeputyEntry submitter = directory.deputy(suggestion.submitterDeputyId());
        String mergedInto = suggestion.mergedIntoId() == null
                ? null
                : suggestions
                        .findById(suggestion.mergedIntoId())
                        .map(Suggestion::number)
                        .orElse(null);
        List<Signer> signed = signers.findBySuggestion(id);
        List<Dispute> disputes = assignments.findDisputesBySuggestion(id);
        List<ContactRecord> contacts = records.findContacts(id);
        List<Reply> replies = records.findReplies(id);
        List<Evaluation> evaluated = records.findEvaluations(id);
        List<ExtensionRequest> extensions = clockRecords.findExtensions(id);
        List<FollowUpClock> followUpClocks = records.findFollowUpClocks(id);
        SuggestionPolicy.Facts facts = policies.facts(
                suggestion, assigned, signed, replies, evaluated, contacts, extensions, disputes, followUpClocks);
        List<Evaluation> evaluations = evaluated.stream()
                .map(e -> mayReadNote(user, e) ? e : withoutNote(e))
                .toList();
        return new SuggestionDossier(
                suggestion,
                submitter.name(),
                reader.deputy() ? null : submitter.phone(),
                mergedInto,
                signed,
                assigned,
                disputes.stream()
                        .filter(d -> reader.reads(TimelineAction.DISPUTED, departmentOf.get(d.assignmentId())))
                        .toList(),
                contacts,
                records.findOpinions(id).stream()
                        .filter(o -> reader.reads(TimelineAction.OPINION_SUBMITTED, departmentOf.get(o.assignmentId())))
                        .toList(),
                replies.stream()
                        .filter(r -> reader.reads(replyAction(r), departmentOf.get(r.assignmentId())))
                        .toList(),
                evaluations,
                records.findFollowUps(id),
                followUpClocks,
                extensions.stream()
                        .map(x -> reader.reads(TimelineAction.EXTENSION_REQUESTED, departmentOf.get(x.assignmentId()))
                                ? x
                                : withoutWords(x))
                        .toList(),
                clockRecords.findUrges(id).stream()
                        .filter(u -> reader.reads(TimelineAction.URGED, departmentOf.get(u.assignmentId())))
                        .toList(),
                reader.read(timeline.findBySuggestion(id)).stream()
                        .map(words::reading)
                        .toList(),
                engine.activeActivityIds(id),
                SuggestionPolicy.of(facts, SuggestionPolicies.reader(user)).allowedNames());
    }

    /** What the caller may do now with the suggestion, and why not the rest; not found outside their scope. */
    public Permissions<SuggestionAction> permissions(CurrentUser user, long id) {
        return policies.of(user, access.visible(user, id));
    }

    /**
     * Who the caller is to this suggestion; staff, council and admins first, then a deputy, as
     * {@link SuggestionAccess#scope} decides which suggestions they see.
     */
    static SuggestionReader reader(CurrentUser user, Suggestion suggestion, List<Assignment> assigned) {
        if (user.hasRole(Role.STAFF)) {
            return SuggestionReader.staff();
        }
        if (user.hasRole(Role.COUNCIL)) {
            return SuggestionReader.council();
        }
        if (user.hasRole(Role.ADMIN)) {
            return SuggestionReader.admin();
        }
        if (user.hasRole(Role.DEPUTY)) {
            return user.deputyId() != null && user.deputyId() == suggestion.submitterDeputyId()
                    ? SuggestionReader.leadDeputy()
                    : SuggestionReader.coSigner();
        }
        if (user.departmentId() == null) {
            throw new AccessDeniedException("no suggestions for this role");
        }
        long department = user.departmentId();
        return SuggestionReader.department(
                department, assigned.stream().anyMatch(a -> a.active() && a.departmentId() == department));
    }

    /** A reply version is read like the line that made it what it is: signed off, sent back, or awaiting sign-off. */
    static TimelineAction replyAction(Reply reply) {
        if (reply.awaitingSignOff()) {
            return TimelineAction.REPLY_SUBMITTED;
        }
        return reply.approved() ? TimelineAction.REPLY_APPROVED : TimelineAction.REPLY_SENT_BACK;
    }

    /** Staff's queue of extension requests to decide, oldest first; nobody else decides them. */
    public Page<PendingExtension> pendingExtensions(CurrentUser user, PageRequest page) {
        if (!user.hasRole(Role.STAFF)) {
            throw new AccessDeniedException("only staff decide extension requests");
        }
        long total = clockRecords.countPendingExtensions();
        List<PendingExtension> items =
                total == 0 ? List.of() : clockRecords.findPendingExtensions(page.offset(), page.size());
        return Page.of(items, page, total);
    }

    public record State(long id, String number, SuggestionStatus status) {}

    /**
     * Where a suggestion stands after an action, as the action's answer: one read, outside any
     * transaction once the action's own has committed, which spares the transaction's round trips.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public State state(CurrentUser user, long id) {
        Suggestion suggestion = access.visible(user, id);
        return new State(suggestion.id(), suggestion.number(), suggestion.status());
    }

    // the note against pressure to rate "satisfied" is for staff and for the deputy who wrote it
    private static boolean mayReadNote(CurrentUser user, Evaluation evaluation) {
        return user.hasRole(Role.STAFF) || (user.deputyId() != null && user.deputyId() == evaluation.deputyId());
    }

    // the reason and staff's comment are between the department and staff; months, outcome and new due date are not
    private static ExtensionRequest withoutWords(ExtensionRequest x) {
        return new ExtensionRequest(
                x.id(),
                x.assignmentId(),
                x.months(),
                null,
                x.requestedBy(),
                x.requestedAt(),
                x.previousDue(),
                x.approved(),
                x.decidedBy(),
                x.decidedAt(),
                null,
                x.newDue());
    }

    private static Evaluation withoutNote(Evaluation e) {
        return new Evaluation(
                e.id(),
                e.assignmentId(),
                e.round(),
                e.attitude(),
                e.result(),
                e.reason(),
                null,
                e.deputyId(),
                e.evaluatedAt());
    }
}
