package org.deputyflow.suggestion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The legal clocks of suggestion handling (代表法 and municipal rules); defaults as shipped,
 * each configurable under {@code deputyflow.clocks}.
 */
@ConfigurationProperties("deputyflow.clocks")
public record HandlingClocks(
        @DefaultValue("7") int screeningWorkingDays,
        @DefaultValue("7") int disputeWindowWorkingDays,
        @DefaultValue("1") int coUnitOpinionMonths,
        @DefaultValue("3") int replyMonths,
        @DefaultValue("1") int rehandlingMonths) {
}
