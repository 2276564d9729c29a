package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The cron expression that fires at 00:00 on the first day of each quarter in the configured zone,
 * written for the zone the engine evaluates cron in (the JVM's default). Zones without daylight
 * saving (China's, UTC) keep a whole-hour offset, so the quarter's midnight is either the first day
 * at some hour or the previous month's last day at some hour.
 */
public final class QuarterlySchedule {

    private QuarterlySchedule() {}

    /** Five minutes past midnight every day in the configured zone: when replies fall due for publication. */
    public static String daily(ZoneId configured, ZoneId engine, Instant at) {
        int hours = hoursAhead(configured, engine, at);
        return "0 5 " + Math.floorMod(-hours, 24) + " * * ?";
    }

    public static String cron(ZoneId configured, ZoneId engine, Instant at) {
        int hours = hoursAhead(configured, engine, at);
        if (hours == 0) {
            return "0 0 0 1 1,4,7,10 ?";
        }
        if (hours > 0) {
            // midnight there is still the previous day here: the last day of the quarter's last month
            return "0 0 " + (24 - hours) + " L 3,6,9,12 ?";
        }
        return "0 0 " + (-hours) + " 1 1,4,7,10 ?";
    }

    private static int hoursAhead(ZoneId configured, ZoneId engine, Instant at) {
        int configuredSeconds = configured.getRules().getOffset(at).getTotalSeconds();
        int engineSeconds = engine.getRules().getOffset(at).getTotalSeconds();
        int ahead = configuredSeconds - engineSeconds;
        if (ahead % 3600 != 0) {
            throw new IllegalArgumentException(
                    "the zones must lie whole hours apart: " + configured + " and " + engine);
        }
        return ahead / 3600;
    }
}
