package org.deputyflow.disclosure;

import org.deputyflow.disclosure.persistence.DisclosureMapper;
import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the meeting module which quarterly disclosures its meetings approved or sent back. */
@Configuration(proxyBeanMethods = false)
class DisclosureMeetings {

    @Bean
    MeetingDecisionSource disclosureDecisions(DisclosureMapper disclosures) {
        return MeetingDecisionSource.of(
                disclosures::countAtMeeting,
                ids -> disclosures.decidedAt(ids).stream()
                        .map(d -> new MeetingDecision(
                                d.meetingId(),
                                d.approved() ? "DISCLOSURE_APPROVED" : "DISCLOSURE_SENT_BACK",
                                d.periodYear() + "-Q" + d.periodQuarter() + "-v" + d.versionNo(),
                                d.title(),
                                null,
                                "/disclosures/" + d.disclosureId()))
                        .toList());
    }
}
