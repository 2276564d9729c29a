package org.deputyflow.suggestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clocks of the follow-up (跟踪办理) of B and C replies, configurable under {@code deputyflow.follow-up}.
 *
 * @param remindDaysBefore calendar days before the reply's plan date when the department is reminded
 * @param confirmationWorkingDays working days the lead deputy has to confirm a reported delivery; after
 *        them staff may confirm it in the deputy's stead
 */
@ConfigurationProperties("deputyflow.follow-up")
public record FollowUpClocks(
        @DefaultValue("15") int remindDaysBefore,
        @DefaultValue("20") int confirmationWorkingDays) {
}
