package org.deputyflow.suggestion;

import java.util.Collections;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The legal clocks of suggestion handling (代表法 and municipal rules); defaults as shipped,
 * each configurable under {@code deputyflow.clocks}.
 *
 * @param reminderDaysBefore calendar days before a due date when the people concerned are reminded
 * @param maxExtensionMonths one extension of at most this many months (total at most twice the reply clock)
 * @param keyReminderPercent a key suggestion's department is also reminded when this share of its
 *        clock's working days has passed (50: at half time)
 */
@ConfigurationProperties("deputyflow.clocks")
public record HandlingClocks(
        @DefaultValue("7") int screeningWorkingDays,
        @DefaultValue("7") int disputeWindowWorkingDays,
        @DefaultValue("1") int coUnitOpinionMonths,
        @DefaultValue("3") int replyMonths,
        @DefaultValue("3") int maxExtensionMonths,
        @DefaultValue("20") int evaluationWorkingDays,
        @DefaultValue("1") int rehandlingMonths,
        @DefaultValue({"15", "3"}) List<Integer> reminderDaysBefore,
        @DefaultValue("50") int keyReminderPercent) {

    /**
     * "Due soon" on every page is the first reminder's window: the first reminder has gone out and
     * the due date has not passed.
     */
    public int dueSoonDays() {
        return reminderDaysBefore.isEmpty() ? 0 : Collections.max(reminderDaysBefore);
    }
}
