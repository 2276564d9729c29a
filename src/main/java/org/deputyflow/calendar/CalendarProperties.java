package org.deputyflow.calendar;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code deputyflow.zone}: where the committee's days begin and end. Every instant is stored in
 * UTC; which date it falls on, and so every due date, depends on this zone.
 */
@ConfigurationProperties("deputyflow")
record CalendarProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {}
