package org.deputyflow.meeting;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;
import org.deputyflow.meeting.domain.MeetingDecision;

/**
 * A module whose records refer to meetings (key suggestions, motions) implements this port: the
 * meeting module asks it what was decided at which meeting without reading its tables. A module declares
 * its source as a bean made by {@link #of}; the meeting module's callers hold the transaction.
 */
public interface MeetingDecisionSource {

    /** How many of the module's records refer to the meeting: a referred meeting is no longer edited. */
    long countReferring(long meetingId);

    /** What the module's records say was decided at these meetings, in the order they were decided. */
    List<MeetingDecision> decisionsAt(Collection<Long> meetingIds);

    /** A source that answers from a module's own queries: its count of referring records and its decisions. */
    static MeetingDecisionSource of(
            LongUnaryOperator countReferring, Function<Collection<Long>, List<MeetingDecision>> decisionsAt) {
        return new MeetingDecisionSource() {
            @Override
            public long countReferring(long meetingId) {
                return countReferring.applyAsLong(meetingId);
            }

            @Override
            public List<MeetingDecision> decisionsAt(Collection<Long> meetingIds) {
                return decisionsAt.apply(meetingIds);
            }
        };
    }
}
