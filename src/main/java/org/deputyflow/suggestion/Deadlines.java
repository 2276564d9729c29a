package org.deputyflow.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The due dates of a suggestion's clocks, as dates in the configured zone. */
@Component
public class Deadlines {

    private final Clock clock;
    private final ZoneId zone;
    private final HandlingClocks clocks;

    Deadlines(Clock clock, @Value("${deputyflow.zone:Asia/Shanghai}") ZoneId zone, HandlingClocks clocks) {
        this.clock = clock;
        this.zone = zone;
        this.clocks = clocks;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return dateOf(now());
    }

    public int year() {
        return today().getYear();
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public LocalDate screeningDue(Instant submittedAt) {
        return addWorkingDays(dateOf(submittedAt), clocks.screeningWorkingDays());
    }

    public LocalDate disputeDue(Instant assignedAt) {
        return addWorkingDays(dateOf(assignedAt), clocks.disputeWindowWorkingDays());
    }

    public LocalDate opinionDue(Instant assignedAt) {
        return dateOf(assignedAt).plusMonths(clocks.coUnitOpinionMonths());
    }

    public LocalDate replyDue(Instant assignedAt) {
        return dateOf(assignedAt).plusMonths(clocks.replyMonths());
    }

    public LocalDate rehandlingDue(Instant decidedAt) {
        return dateOf(decidedAt).plusMonths(clocks.rehandlingMonths());
    }

    private LocalDate addWorkingDays(LocalDate from, int days) {
        return from.plusDays(days);
    }
}
