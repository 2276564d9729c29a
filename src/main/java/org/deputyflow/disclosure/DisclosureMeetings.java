package org.deputyflow.disclosure;

import java.util.Collection;
import java.util.List;
import org.deputyflow.disclosure.persistence.DisclosureMapper;
import org.deputyflow.meeting.MeetingDecisionSource;
import org.deputyflow.meeting.domain.MeetingDecision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the meeting module which quarterly disclosures its meetings approved or sent back. */
@Component
@Transactional(readOnly = true)
class DisclosureMeetings implements MeetingDecisionSource {

    private final DisclosureMapper disclosures;

    DisclosureMeetings(DisclosureMapper disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public long countReferring(long meetingId) {
        return disclosures.countAtMeeting(meetingId);
    }

    @Override
    public List<MeetingDecision> decisionsAt(Collection<Long> meetingIds) {
        return disclosures.decidedAt(meetingIds).stream()
                .map(d -> new MeetingDecision(
                        d.meetingId(),
                        d.approved() ? "DISCLOSURE_APPROVED" : "DISCLOSURE_SENT_BACK",
                        d.periodYear() + "-Q" + d.periodQuarter() + "-v" + d.versionNo(),
                        d.title(),
                        null,
                        "/disclosures/" + d.disclosureId()))
                .toList();
    }
}
