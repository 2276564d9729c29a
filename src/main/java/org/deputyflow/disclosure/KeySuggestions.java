package org.deputyflow.disclosure;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.disclosure.domain.KeySuggestion;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.meeting.Meetings;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.KeySuggestionClocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's choice of key suggestions (重点建议), each followed by a supervising leader. */
@Service
public class KeySuggestions {

    /** A suggestion that left the handling path cannot be followed as a key suggestion. */
    private static final Set<String> NOT_HANDLED =
            Set.of("AWAITING_COSIGNERS", "RETURNED", "CONVERTED_TO_LETTER", "WITHDRAWN", "MERGED");

    private final KeySuggestionMapper mapper;
    private final DirectoryService directory;
    private final KeySuggestionClocks clocks;
    private final Clock clock;
    private final AuditTrail audit;
    private final Meetings meetings;

    KeySuggestions(
            KeySuggestionMapper mapper,
            DirectoryService directory,
            KeySuggestionClocks clocks,
            Clock clock,
            AuditTrail audit,
            Meetings meetings) {
        this.meetings = meetings;
        this.mapper = mapper;
        this.directory = directory;
        this.clocks = clocks;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public KeySuggestion designate(long suggestionId, String supervisingLeader, String note, CurrentUser by) {
        return designate(suggestionId, supervisingLeader, note, by, null);
    }

    /**
     * Designates a key suggestion, at the chairpersons' council meeting {@code meetingId} names when
     * one is given (the council's page lists the designation under that meeting).
     */
    @Transactional
    public KeySuggestion designate(
            long suggestionId, String supervisingLeader, String note, CurrentUser by, Long meetingId) {
        Long meeting = meetingId == null
                ? null
                : meetings.require(meetingId, "meetingId", MeetingKind.CHAIRPERSONS_COUNCIL)
                        .id();
        String status = mapper.suggestionStatus(suggestionId)
                .orElseThrow(() -> NotFoundException.of("suggestion", suggestionId));
        if (NOT_HANDLED.contains(status)) {
            throw new ConflictException("error.disclosure.key.notInHandling");
        }
        // the leader is a person with a login, so that the handling's notices can reach them
        boolean council = directory
                .account(supervisingLeader)
                .map(user -> user.hasRole(Role.COUNCIL))
                .orElse(false);
        if (!council) {
            throw new BadRequestException("supervisingLeader", "error.disclosure.key.leaderNotCouncil");
        }
        if (mapper.exists(suggestionId)) {
            throw new ConflictException("error.disclosure.key.already");
        }
        GeneratedKey key = new GeneratedKey();
        mapper.insert(suggestionId, supervisingLeader, note, by.login(), clock.instant(), meeting, key);
        // departments already at work get the half-time reminder of a key suggestion
        clocks.designated(suggestionId);
        audit.record(
                "key-suggestion.designate",
                "suggestion",
                suggestionId,
                AuditTrail.SUCCESS,
                Map.of("keySuggestion", key.value(), "supervisingLeader", supervisingLeader));
        return mapper.findById(key.value()).orElseThrow();
    }

    /**
     * Whether a suggestion is a key suggestion already, and if not whether it may become one.
     * @throws NotFoundException if there is no such suggestion
     */
    @Transactional(readOnly = true)
    public Standing standing(long suggestionId) {
        String status = mapper.suggestionStatus(suggestionId)
                .orElseThrow(() -> NotFoundException.of("suggestion", suggestionId));
        return new Standing(mapper.findBySuggestionId(suggestionId), !NOT_HANDLED.contains(status));
    }

    @Transactional(readOnly = true)
    public Page<KeySuggestion> list(PageRequest request) {
        return Page.of(mapper.search(request.offset(), request.size()), request, mapper.count());
    }

    /** @param key the key suggestion it already is; @param designatable whether it is on the handling path */
    public record Standing(Optional<KeySuggestion> key, boolean designatable) {}
}
