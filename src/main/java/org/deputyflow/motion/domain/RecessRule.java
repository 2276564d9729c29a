package org.deputyflow.motion.domain;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.suggestion.domain.Period;

/**
 * Whether motions may be submitted during the recess (闭会期间), and when the sessions are. With
 * session dates configured, the day of submission decides the period, whatever the deputy chose;
 * without them the deputy's choice stands.
 */
public record RecessRule(RecessSubmission submission, List<SessionDates> sessions) {

    public enum RecessSubmission {
        ALLOWED,
        REFUSED
    }

    /** The first and last day of one session of the congress, both included. */
    public record SessionDates(LocalDate start, LocalDate end) {

        public SessionDates {
            if (start == null || end == null || end.isBefore(start)) {
                throw new IllegalArgumentException("a session needs a start and an end on or after it");
            }
        }

        boolean includes(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }
    }

    public RecessRule {
        submission = submission == null ? RecessSubmission.ALLOWED : submission;
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    public Period periodOn(LocalDate day, Period declared) {
        if (sessions.isEmpty()) {
            return declared;
        }
        return sessions.stream().anyMatch(s -> s.includes(day)) ? Period.SESSION : Period.RECESS;
    }

    /** The period a motion submitted on {@code day} is filed under; refused during the recess if so configured. */
    public Period check(LocalDate day, Period declared) {
        Period period = periodOn(day, declared);
        if (period == Period.RECESS && submission == RecessSubmission.REFUSED) {
            throw sessions.isEmpty()
                    ? new ConflictException("error.motion.recess")
                    : new ConflictException("error.motion.recessToday", day.toString());
        }
        return period;
    }
}
