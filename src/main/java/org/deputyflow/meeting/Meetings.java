package org.deputyflow.meeting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.meeting.domain.Meeting;
import org.deputyflow.meeting.domain.MeetingKind;
import org.deputyflow.meeting.persistence.MeetingMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meeting module's public query, for the modules whose decisions refer to a meeting. */
@Service
@Transactional
public class Meetings {

    private final MeetingMapper meetings;
    private final CalendarService calendar;

    Meetings(MeetingMapper meetings, CalendarService calendar) {
        this.meetings = meetings;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public Optional<Meeting> find(long id) {
        return meetings.findById(id);
    }

    /** The latest meetings of these kinds already held, newest first: what the decision forms offer. */
    @Transactional(readOnly = true)
    public List<Meeting> recent(int limit, MeetingKind... kinds) {
        return meetings.recent(List.of(kinds), calendar.today(), limit);
    }

    /**
     * The meeting a decision names: one of the given kinds, already held. It stays locked until the
     * decision commits, so that an edit of the meeting cannot pass a decision that copies its date.
     *
     * @throws BadRequestException (on {@code field}) when there is no such meeting, it is of another
     *         kind or it is yet to be held
     */
    public Meeting require(long id, String field, MeetingKind... kinds) {
        Meeting meeting = lockOfKind(id, field, kinds);
        if (meeting.heldOn().isAfter(calendar.today())) {
            throw new BadRequestException(
                    field,
                    "error.meeting.notYetHeld",
                    meeting.number(),
                    meeting.heldOn().toString());
        }
        return meeting;
    }

    /** The next meetings of these kinds after {@code after}, soonest first: what a form scheduling one offers. */
    @Transactional(readOnly = true)
    public List<Meeting> upcoming(int limit, LocalDate after, MeetingKind... kinds) {
        return meetings.after(List.of(kinds), after, limit);
    }

    /**
     * A meeting a decision schedules something for, such as a repeat satisfaction vote: one of the given
     * kinds, held after {@code after} (it may be yet to come). Locked like {@link #require}.
     *
     * @throws BadRequestException (on {@code field}) when there is no such meeting, it is of another
     *         kind or it is not held after {@code after}
     */
    public Meeting requireAfter(long id, String field, LocalDate after, MeetingKind... kinds) {
        Meeting meeting = lockOfKind(id, field, kinds);
        if (!meeting.heldOn().isAfter(after)) {
            throw new BadRequestException(
                    field,
                    "error.meeting.notAfter",
                    meeting.number(),
                    meeting.heldOn().toString(),
                    after.toString());
        }
        return meeting;
    }

    /** "主任会议或代表大会": the kinds a decision may come from. */
    /** The meeting, locked, when it exists and is of one of the kinds; a 400 on {@code field} otherwise. */
    private Meeting lockOfKind(long id, String field, MeetingKind... kinds) {
        Meeting meeting = meetings.lockById(id)
                .orElseThrow(() -> new BadRequestException(field, "error.meeting.unknown", String.valueOf(id)));
        if (!Arrays.asList(kinds).contains(meeting.kind())) {
            throw new BadRequestException(
                    field,
                    "error.meeting.wrongKind",
                    meeting.number(),
                    meeting.kind().label(),
                    eitherOf(kinds));
        }
        return meeting;
    }

    private static Text eitherOf(MeetingKind... kinds) {
        Text either = kinds[kinds.length - 1].label();
        for (int i = kinds.length - 2; i >= 0; i--) {
            either = Text.of("label.meeting.kind.either", kinds[i].label(), either);
        }
        return either;
    }
}
