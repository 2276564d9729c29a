package org.deputyflow.motion;

import java.util.List;
import org.deputyflow.motion.domain.RecessRule;
import org.deputyflow.motion.domain.RecessRule.RecessSubmission;
import org.deputyflow.motion.domain.RecessRule.SessionDates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the motion rules, configurable under {@code deputyflow.motions}.
 *
 * @param minSigners deputies a motion needs in all, the lead included
 * @param lapseWorkingDays working days after submission by which enough signers must have confirmed
 * @param committeeReportMonths calendar months a special committee has for its report
 * @param implementationReportMonths calendar months from the meeting that adopted a motion to the
 *        implementation report's due date
 * @param implementationReminderDaysBefore calendar days before that due date when staff are reminded
 * @param recessSubmission whether motions may be submitted during the recess ({@code allowed} or {@code refused})
 * @param sessions the sessions' first and last days; empty: the deputy says when the motion was submitted
 */
@ConfigurationProperties("deputyflow.motions")
public record MotionRules(
        @DefaultValue("10") int minSigners,
        @DefaultValue("10") int lapseWorkingDays,
        @DefaultValue("2") int committeeReportMonths,
        @DefaultValue("6") int implementationReportMonths,
        @DefaultValue("15") int implementationReminderDaysBefore,
        @DefaultValue("allowed") RecessSubmission recessSubmission,
        List<SessionDates> sessions) {

    public RecessRule recessRule() {
        return new RecessRule(recessSubmission, sessions);
    }
}
