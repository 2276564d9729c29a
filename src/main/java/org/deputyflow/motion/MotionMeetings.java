package org.deputyflow.motion;

import java.util.stream.Stream;
import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.deputyflow.motion.domain.MotionAtMeeting;
import org.deputyflow.motion.persistence.MotionMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the meeting module which motions its meetings decided on and deliberated. */
@Configuration(proxyBeanMethods = false)
class MotionMeetings {

    @Bean
    MeetingDecisionSource motionDecisions(MotionMapper motions) {
        return MeetingDecisionSource.of(
                motions::countReferringTo,
                ids -> Stream.of(
                                motions.decidedAt(ids).stream().map(m -> decision(m, "MOTION_DECISION")),
                                motions.secondDecidedAt(ids).stream().map(m -> decision(m, "MOTION_SECOND_DECISION")),
                                motions.deliberatedAt(ids).stream().map(m -> decision(m, "MOTION_DELIBERATION")))
                        .flatMap(s -> s)
                        .toList());
    }

    private static MeetingDecision decision(MotionAtMeeting m, String kind) {
        return new MeetingDecision(m.meetingId(), kind, m.number(), m.title(), m.outcome(), "/motions/" + m.motionId());
    }
}
