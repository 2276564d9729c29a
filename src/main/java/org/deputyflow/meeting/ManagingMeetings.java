package org.deputyflow.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.meeting.persistence.MeetingMapper;
import org.deputyflow.meeting.persistence.MeetingQuery;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the meetings: create them, list them, and correct one while no decision refers to it
 * (a decision copies the meeting's date, so a later edit would make the two disagree).
 */
@Service
@Transactional
public class ManagingMeetings {

    static final int MAX_NUMBER = 100;
    static final int MAX_TITLE = 200;

    private final MeetingMapper meetings;
    private final List<MeetingDecisionSource> sources;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditTrail audit;

    ManagingMeetings(
            MeetingMapper meetings,
            List<MeetingDecisionSource> sources,
            CalendarService calendar,
            Clock clock,
            AuditTrail audit) {
        this.meetings = meetings;
        this.sources = sources;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** A meeting as staff enter it. */
    public record MeetingDraft(MeetingKind kind, String number, LocalDate heldOn, String title) {}

    /** One meeting and what was decided at it. */
    public record MeetingWithDecisions(Meeting meeting, List<MeetingDecision> decisions) {}

    /**
     * @throws BadRequestException when a field is missing or out of range
     * @throws ConflictException when a meeting of that kind already has that number
     */
    public Meeting create(CurrentUser user, MeetingDraft draft) {
        MeetingDraft d = checked(draft);
        if (meetings.existsNumber(d.kind(), d.number(), null)) {
            throw duplicate(d);
        }
        GeneratedKey key = new GeneratedKey();
        meetings.insert(d.kind(), d.number(), d.heldOn(), d.title(), user.login(), clock.instant(), key);
        audited("meeting.create", key.value(), d);
        return meetings.findById(key.value()).orElseThrow();
    }

    /**
     * @throws NotFoundException when there is no such meeting
     * @throws ConflictException when a decision refers to the meeting, or the number is taken
     */
    public Meeting update(CurrentUser user, long id, MeetingDraft draft) {
        MeetingDraft d = checked(draft);
        meetings.lockById(id).orElseThrow(() -> NotFoundException.of("meeting", id));
        long referring = sources.stream().mapToLong(s -> s.countReferring(id)).sum();
        if (referring > 0) {
            throw new ConflictException("error.meeting.referred", referring);
        }
        if (meetings.existsNumber(d.kind(), d.number(), id)) {
            throw duplicate(d);
        }
        meetings.update(id, d.kind(), d.number(), d.heldOn(), d.title(), clock.instant());
        audited("meeting.update", id, d);
        return meetings.findById(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Meeting get(long id) {
        return meetings.findById(id).orElseThrow(() -> NotFoundException.of("meeting", id));
    }

    /** Newest first; {@code year} keeps the meetings held in that year. */
    @Transactional(readOnly = true)
    public Page<Meeting> list(MeetingKind kind, Integer year, PageRequest request) {
        MeetingQuery query = query(kind, year);
        long total = meetings.count(query);
        List<Meeting> items = total == 0 ? List.of() : meetings.search(query, request.offset(), request.size());
        return Page.of(items, request, total);
    }

    /** What was decided at one meeting, as each module that refers to meetings reports it. */
    @Transactional(readOnly = true)
    public MeetingWithDecisions decisions(long id) {
        Meeting meeting = get(id);
        return new MeetingWithDecisions(meeting, decisionsAt(List.of(id)));
    }

    /** A page of meetings, newest first, each with what was decided at it. */
    @Transactional(readOnly = true)
    public Page<MeetingWithDecisions> withDecisions(MeetingKind kind, Integer year, PageRequest request) {
        Page<Meeting> page = list(kind, year, request);
        List<MeetingDecision> all =
                decisionsAt(page.items().stream().map(Meeting::id).toList());
        return page.map(m -> new MeetingWithDecisions(
                m, all.stream().filter(d -> d.meetingId() == m.id()).toList()));
    }

    private void audited(String action, long id, MeetingDraft d) {
        audit.record(
                action,
                "meeting",
                id,
                AuditTrail.SUCCESS,
                Map.of(
                        "kind",
                        d.kind().name(),
                        "number",
                        d.number(),
                        "heldOn",
                        d.heldOn().toString()));
    }

    private List<MeetingDecision> decisionsAt(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sources.stream().flatMap(s -> s.decisionsAt(ids).stream()).toList();
    }

    private MeetingQuery query(MeetingKind kind, Integer year) {
        if (year == null) {
            return new MeetingQuery(kind, null, null);
        }
        if (year < CalendarService.FIRST_YEAR || year > 9999) {
            throw new BadRequestException("year", "error.meeting.year", String.valueOf(CalendarService.FIRST_YEAR));
        }
        return new MeetingQuery(kind, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private MeetingDraft checked(MeetingDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw new BadRequestException("kind", "error.meeting.kind.required");
        }
        String number = draft.number() == null ? "" : draft.number().strip();
        if (number.isEmpty() || number.codePointCount(0, number.length()) > MAX_NUMBER) {
            throw new BadRequestException("number", "error.meeting.number.required", MAX_NUMBER);
        }
        if (draft.heldOn() == null) {
            throw new BadRequestException("heldOn", "error.meeting.heldOn.required");
        }
        int year = draft.heldOn().getYear();
        if (year < CalendarService.FIRST_YEAR || year > calendar.today().getYear() + 1) {
            throw new BadRequestException(
                    "heldOn", "error.meeting.heldOn.range", String.valueOf(CalendarService.FIRST_YEAR));
        }
        String title = draft.title() == null || draft.title().isBlank()
                ? null
                : draft.title().strip();
        if (title != null && title.codePointCount(0, title.length()) > MAX_TITLE) {
            throw new BadRequestException("title", "error.meeting.title.tooLong", MAX_TITLE);
        }
        return new MeetingDraft(draft.kind(), number, draft.heldOn(), title);
    }

    private static ConflictException duplicate(MeetingDraft d) {
        return new ConflictException("error.meeting.duplicate", d.kind().label(), d.number());
    }
}
