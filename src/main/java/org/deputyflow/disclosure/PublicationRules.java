package org.deputyflow.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When replies marked publishable reach the public, configurable under {@code deputyflow.publication}.
 *
 * @param workingDays working days after a reply reached the deputy on which the daily timer publishes it,
 *        once staff approved it
 * @param graceWorkingDays absent (the default): a reply staff have not reviewed is never published; else the
 *        working days after its publication day on which the timer publishes it unreviewed (0: on that day)
 */
@ConfigurationProperties("deputyflow.publication")
public record PublicationRules(@DefaultValue("20") int workingDays, Integer graceWorkingDays) {

    public PublicationRules {
        if (workingDays < 1 || workingDays > 250) {
            throw new IllegalArgumentException(
                    "deputyflow.publication.working-days must lie between 1 and 250, not " + workingDays);
        }
        if (graceWorkingDays != null && (graceWorkingDays < 0 || graceWorkingDays > 250)) {
            throw new IllegalArgumentException("deputyflow.publication.grace-working-days must be absent or lie"
                    + " between 0 and 250, not " + graceWorkingDays);
        }
    }

    /** Whether the timer publishes a reply nobody reviewed once the grace period is over. */
    public boolean publishesUnreviewed() {
        return graceWorkingDays != null;
    }
}
