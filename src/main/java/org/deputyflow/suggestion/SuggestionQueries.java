package org.deputyflow.suggestion;

import java.util.List;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.DeputyEntry;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.domain.Evaluation;
import org.deputyflow.suggestion.domain.PendingExtension;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.persistence.AssignmentMapper;
import org.deputyflow.suggestion.persistence.ClockMapper;
import org.deputyflow.suggestion.persistence.HandlingRecordMapper;
import org.deputyflow.suggestion.persistence.SignerMapper;
import org.deputyflow.suggestion.persistence.SuggestionMapper;
import org.deputyflow.suggestion.persistence.SuggestionSearch;
import org.deputyflow.suggestion.domain.SuggestionSummary;
import org.deputyflow.suggestion.persistence.TimelineMapper;
import org.deputyflow.suggestion.process.SuggestionEngine;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading suggestions, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class SuggestionQueries {

    private final SuggestionMapper suggestions;
    private final SignerMapper signers;
    private final AssignmentMapper assignments;
    private final HandlingRecordMapper records;
    private final TimelineMapper timeline;
    private final DirectoryService directory;
    private final SuggestionAccess access;
    private final SuggestionEngine engine;
    private final ClockMapper clockRecords;

    SuggestionQueries(ClockMapper clockRecords, SuggestionMapper suggestions, SignerMapper signers, AssignmentMapper assignments,
            HandlingRecordMapper records, TimelineMapper timeline, DirectoryService directory, SuggestionAccess access,
            SuggestionEngine engine) {
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

    public Page<SuggestionSummary> list(CurrentUser user, SuggestionStatus status, Long departmentId, String q,
            PageRequest page) {
        SuggestionSearch search = access.scope(user, status, departmentId, q == null ? null : q.strip());
        long total = suggestions.count(search);
        List<SuggestionSummary> items = total == 0 ? List.of()
                : suggestions.search(search, page.offset(), page.size());
        return Page.of(items, page, total);
    }

    public SuggestionDossier dossier(CurrentUser user, long id) {
        Suggestion suggestion = access.visible(user, id);
        boolean staff = user.hasAnyRole(Role.STAFF, Role.COUNCIL, Role.ADMIN);
        boolean deputy = !staff && user.hasRole(Role.DEPUTY);
        DeputyEntry submitter = directory.deputy(suggestion.submitterDeputyId());
        String mergedInto = suggestion.mergedIntoId() == null ? null
                : suggestions.findById(suggestion.mergedIntoId()).map(Suggestion::number).orElse(null);
        List<Evaluation> evaluations = records.findEvaluations(id).stream()
                .map(e -> mayReadNote(user, e) ? e : withoutNote(e)).toList();
        return new SuggestionDossier(suggestion, submitter.name(), deputy ? null : submitter.phone(), mergedInto,
                signers.findBySuggestion(id), assignments.findBySuggestion(id),
                deputy ? List.of() : assignments.findDisputesBySuggestion(id),
                records.findContacts(id),
                deputy ? List.of() : records.findOpinions(id),
                // a deputy reads replies once signed off, never drafts or sent-back versions
                records.findReplies(id).stream().filter(r -> !deputy || Boolean.TRUE.equals(r.approved())).toList(),
                evaluations, records.findFollowUps(id), clockRecords.findExtensions(id),
                deputy ? List.of() : clockRecords.findUrges(id), timeline.findBySuggestion(id),
                engine.activeActivityIds(id));
    }

    /** Staff's queue of extension requests to decide, oldest first; nobody else decides them. */
    public Page<PendingExtension> pendingExtensions(CurrentUser user, PageRequest page) {
        if (!user.hasRole(Role.STAFF)) {
            throw new AccessDeniedException("only staff decide extension requests");
        }
        long total = clockRecords.countPendingExtensions();
        List<PendingExtension> items = total == 0 ? List.of()
                : clockRecords.findPendingExtensions(page.offset(), page.size());
        return Page.of(items, page, total);
    }

    public record State(long id, String number, SuggestionStatus status) {
    }

    /** Where a suggestion stands after an action, as the action's answer. */
    public State state(CurrentUser user, long id) {
        Suggestion suggestion = access.visible(user, id);
        return new State(suggestion.id(), suggestion.number(), suggestion.status());
    }

    // the note against pressure to rate "satisfied" is for staff and for the deputy who wrote it
    private static boolean mayReadNote(CurrentUser user, Evaluation evaluation) {
        return user.hasRole(Role.STAFF) || (user.deputyId() != null && user.deputyId() == evaluation.deputyId());
    }

    private static Evaluation withoutNote(Evaluation e) {
        return new Evaluation(e.id(), e.assignmentId(), e.round(), e.attitude(), e.result(), e.reason(), null,
                e.deputyId(), e.evaluatedAt());
    }
}
