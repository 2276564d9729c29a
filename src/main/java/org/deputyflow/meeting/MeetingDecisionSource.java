package org.deputyflow.meeting;

import java.util.Collection;
import java.util.List;
import org.deputyflow.meeting.domain.MeetingDecision;

/**
 * A module whose records refer to meetings (key suggestions, motions) implements this port: the
 * meeting module asks it what was decided at which meeting without reading its tables.
 */
public interface MeetingDecisionSource {

    /** How many of the module's records refer to the meeting: a referred meeting is no longer edited. */
    long countReferring(long meetingId);

    /** What the module's records say was decided at these meetings, in the order they were decided. */
    List<MeetingDecision> decisionsAt(Collection<Long> meetingIds);
}
