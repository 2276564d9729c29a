package org.deputyflow.disclosure.process;

import java.time.Clock;
import java.time.ZoneId;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.disclosure.domain.QuarterlySchedule;
import org.springframework.stereotype.Component;

/**
 * The timer start event's cycle. The engine reads cron in the JVM's default zone, while the
 * quarter begins at midnight in the configured zone; this bean writes the one in terms of the other,
 * so the JVM needs no particular zone.
 */
@Component(DisclosureProcess.Delegates.SCHEDULE)
public class DisclosureSchedule {

    private final CalendarService calendar;
    private final Clock clock;

    DisclosureSchedule(CalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The daily cycle of {@code reply-publication}. */
    public String daily() {
        return QuarterlySchedule.daily(calendar.zone(), ZoneId.systemDefault(), clock.instant());
    }

    public String cron() {
        return QuarterlySchedule.cron(calendar.zone(), ZoneId.systemDefault(), clock.instant());
    }
}
