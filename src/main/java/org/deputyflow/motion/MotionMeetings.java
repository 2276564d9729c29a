package org.deputyflow.motion;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.deputyflow.motion.domain.MotionAtMeeting;
import org.deputyflow.motion.persistence.MotionMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the meeting module which motions its meetings decided on and deliberated. */
@Component
@Transactional(readOnly = true)
class MotionMeetings implements MeetingDecisionSource {

    private final MotionMapper motions;

    MotionMeetings(MotionMapper motions) {
        this.motions = motions;
    }

    @Override
    public long countReferring(long meetingId) {
        return motions.countReferringTo(meetingId);
    }

    @Override
    public List<MeetingDecision> decisionsAt(Collection<Long> meetingIds) {
        return Stream.of(
                        motions.decidedAt(meetingIds).stream().map(m -> decision(m, "MOTION_DECISION")),
                        motions.secondDecidedAt(meetingIds).stream().map(m -> decision(m, "MOTION_SECOND_DECISION")),
                        motions.deliberatedAt(meetingIds).stream().map(m -> decision(m, "MOTION_DELIBERATION")))
                .flatMap(s -> s)
                .toList();
    }

    private static MeetingDecision decision(MotionAtMeeting m, String kind) {
        return new MeetingDecision(m.meetingId(), kind, m.number(), m.title(), m.outcome(), "/motions/" + m.motionId());
    }
}
