package org.deputyflow.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The supervision of key suggestions, configurable under {@code deputyflow.supervision}.
 *
 * @param acknowledgeWorkingDays working days a department has to acknowledge an instruction (签收督办意见)
 *            before the supervising leader and staff are told it has not
 */
@ConfigurationProperties("deputyflow.supervision")
public record SupervisionRules(@DefaultValue("5") int acknowledgeWorkingDays) {

    public SupervisionRules {
        if (acknowledgeWorkingDays < 1 || acknowledgeWorkingDays > 60) {
            throw new IllegalArgumentException("deputyflow.supervision.acknowledge-working-days must lie between 1"
                    + " and 60, not " + acknowledgeWorkingDays);
        }
    }
}
