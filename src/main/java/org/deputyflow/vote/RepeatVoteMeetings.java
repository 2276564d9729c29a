package org.deputyflow.vote;

import java.util.Collection;
import java.util.List;
import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the meeting module which departments face a repeat satisfaction vote at its meetings. */
@Component
@Transactional(readOnly = true)
class RepeatVoteMeetings implements MeetingDecisionSource {

    private final RectificationMapper rectifications;

    RepeatVoteMeetings(RectificationMapper rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public long countReferring(long meetingId) {
        return rectifications.countAtMeeting(meetingId);
    }

    @Override
    public List<MeetingDecision> decisionsAt(Collection<Long> meetingIds) {
        return rectifications.repeatVotesAt(meetingIds).stream()
                .map(r -> new MeetingDecision(
                        r.meetingId(), "REPEAT_VOTE", r.departmentName(), r.title(), null, "/votes/" + r.voteId()))
                .toList();
    }
}
