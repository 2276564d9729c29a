package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.domain.SupervisionActivity;
import org.deputyflow.disclosure.domain.SupervisionKind;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.disclosure.persistence.SupervisionMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the supervision of a key suggestion records: visits and face-to-face meetings, and the progress
 * sentence of the quarterly disclosure, drafted by the leader or staff and published once staff approved it.
 */
@Service
public class RecordingSupervision {

    private final SupervisionMapper mapper;
    private final KeySuggestionMapper keySuggestions;
    private final SupervisionAccess access;
    private final CalendarService calendar;
    private final AuditTrail audit;
    private final Clock clock;

    RecordingSupervision(
            SupervisionMapper mapper,
            KeySuggestionMapper keySuggestions,
            SupervisionAccess access,
            CalendarService calendar,
            AuditTrail audit,
            Clock clock) {
        this.mapper = mapper;
        this.keySuggestions = keySuggestions;
        this.access = access;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** A visit or a face-to-face meeting, recorded by the supervising leader or staff. */
    @Transactional
    public SupervisionActivity recordActivity(
            long suggestionId,
            SupervisionKind kind,
            LocalDate heldOn,
            String place,
            String participants,
            String summary,
            CurrentUser by) {
        KeySuggestion key = access.leaderOrStaff(access.lock(suggestionId), by);
        if (heldOn.isAfter(calendar.today())) {
            throw new BadRequestException("heldOn", "error.supervision.activity.future");
        }
        GeneratedKey id = new GeneratedKey();
        mapper.insertActivity(key.id(), kind, heldOn, place, participants, summary, by.login(), clock.instant(), id);
        audit.record(
                "supervision.activity",
                "suggestion",
                suggestionId,
                AuditTrail.SUCCESS,
                Map.of("activity", id.value(), "kind", kind.name()));
        return mapper.activities(key.id()).stream()
                .filter(a -> a.id() == id.value())
                .findFirst()
                .orElseThrow();
    }

    /** A new draft of the progress sentence; the published one stays until staff approve the draft. */
    @Transactional
    public KeySuggestion draftProgress(long suggestionId, String text, CurrentUser by) {
        KeySuggestion key = access.leaderOrStaff(access.lock(suggestionId), by);
        if (text.equals(key.progressApproved()) && key.progressDraft() == null) {
            throw new ConflictException("error.supervision.progress.unchanged");
        }
        mapper.draftProgress(key.id(), text, by.login());
        audit.record("supervision.progress-draft", "suggestion", suggestionId, AuditTrail.SUCCESS, Map.of());
        return keySuggestions.findById(key.id()).orElseThrow();
    }

    /** Staff approve the draft: it becomes the sentence the next quarterly disclosure publishes. */
    @Transactional
    public KeySuggestion approveProgress(long suggestionId, CurrentUser by) {
        KeySuggestion key = access.lock(suggestionId);
        if (key.progressDraft() == null) {
            throw new ConflictException("error.supervision.progress.noDraft");
        }
        mapper.approveProgress(key.id(), by.login(), clock.instant());
        audit.record("supervision.progress-approve", "suggestion", suggestionId, AuditTrail.SUCCESS, Map.of());
        return keySuggestions.findById(key.id()).orElseThrow();
    }
}
