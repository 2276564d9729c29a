package org.deputyflow.disclosure;

import java.util.Collection;
import java.util.List;
import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the meeting module which key suggestions its meetings designated. */
@Component
@Transactional(readOnly = true)
class KeySuggestionMeetings implements MeetingDecisionSource {

    private final KeySuggestionMapper keys;

    KeySuggestionMeetings(KeySuggestionMapper keys) {
        this.keys = keys;
    }

    @Override
    public long countReferring(long meetingId) {
        return keys.countAtMeeting(meetingId);
    }

    @Override
    public List<MeetingDecision> decisionsAt(Collection<Long> meetingIds) {
        return keys.designatedAt(meetingIds).stream()
                .map(k -> new MeetingDecision(
                        k.meetingId(),
                        "KEY_SUGGESTION",
                        k.serialNo(),
                        k.title(),
                        null,
                        "/suggestions/" + k.suggestionId()))
                .toList();
    }
}
