package org.deputyflow.vote;

import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the meeting module which departments face a repeat satisfaction vote at its meetings. */
@Configuration(proxyBeanMethods = false)
class RepeatVoteMeetings {

    @Bean
    MeetingDecisionSource repeatVoteDecisions(RectificationMapper rectifications) {
        return MeetingDecisionSource.of(
                rectifications::countAtMeeting,
                ids -> rectifications.repeatVotesAt(ids).stream()
                        .map(r -> new MeetingDecision(
                                r.meetingId(),
                                "REPEAT_VOTE",
                                r.departmentName(),
                                r.title(),
                                null,
                                "/votes/" + r.voteId()))
                        .toList());
    }
}
