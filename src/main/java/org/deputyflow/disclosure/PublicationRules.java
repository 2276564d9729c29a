package org.deputyflow.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When replies marked publishable reach the public, configurable under {@code deputyflow.publication}.
 *
 * @param workingDays working days after a reply reached the deputy on which the daily timer publishes it
 */
@ConfigurationProperties("deputyflow.publication")
public record PublicationRules(@DefaultValue("20") int workingDays) {

    public PublicationRules {
        if (workingDays < 1 || workingDays > 250) {
            throw new IllegalArgumentException(
                    "deputyflow.publication.working-days must lie between 1 and 250, not " + workingDays);
        }
    }
}
