package org.deputyflow.motion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the motion rules, configurable under {@code deputyflow.motions}.
 *
 * @param minSigners deputies a motion needs in all, the lead included
 * @param lapseWorkingDays working days after submission by which enough signers must have confirmed
 * @param committeeReportMonths calendar months a special committee has for its report
 */
@ConfigurationProperties("deputyflow.motions")
public record MotionRules(
        @DefaultValue("10") int minSigners,
        @DefaultValue("10") int lapseWorkingDays,
        @DefaultValue("2") int committeeReportMonths) {
}
