package org.deputyflow.motion;

import java.time.LocalDate;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.MotionStatistics;
import org.deputyflow.suggestion.reporting.AnnualSources;
import org.deputyflow.suggestion.reporting.domain.MotionFigures;
import org.springframework.stereotype.Component;

/** The motion statistics of a period, in the annual report's terms: the same counts as the statistics page. */
@Component
class MotionsOfYear implements AnnualSources.Motions {

    private final MotionReports reports;

    MotionsOfYear(MotionReports reports) {
        this.reports = reports;
    }

    @Override
    public MotionFigures motionFigures(LocalDate from, LocalDate to) {
        MotionStatistics s = reports.statistics(from, to);
        return new MotionFigures(
                s.submitted(),
                s.decided().get(DecisionOutcome.PUT_ON_AGENDA),
                s.decided().get(DecisionOutcome.REFER_TO_COMMITTEE),
                s.decided().get(DecisionOutcome.NOT_LISTED),
                s.converted(),
                s.committeeReportsIn(),
                s.awaitingSigners(),
                s.lapsed(),
                s.inFormCheck(),
                s.returned(),
                s.awaitingDecision(),
                s.meetingOutcomes().get(MeetingOutcome.ADOPTED_LAW),
                s.meetingOutcomes().get(MeetingOutcome.ADOPTED_DECISION),
                s.meetingOutcomes().get(MeetingOutcome.FURTHER_STUDY),
                s.meetingOutcomes().get(MeetingOutcome.NOT_ADOPTED),
                s.implemented(),
                s.implementing(),
                s.implementationOverdue());
    }
}
