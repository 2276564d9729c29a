package org.deputyflow.disclosure;

import org.deputyflow.disclosure.persistence.KeySuggestionMapper;
import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the meeting module which key suggestions its meetings designated. */
@Configuration(proxyBeanMethods = false)
class KeySuggestionMeetings {

    @Bean
    MeetingDecisionSource keySuggestionDecisions(KeySuggestionMapper keys) {
        return MeetingDecisionSource.of(
                keys::countAtMeeting,
                ids -> keys.designatedAt(ids).stream()
                        .map(k -> new MeetingDecision(
                                k.meetingId(),
                                "KEY_SUGGESTION",
                                k.serialNo(),
                                k.title(),
                                null,
                                "/suggestions/" + k.suggestionId()))
                        .toList());
    }
}
