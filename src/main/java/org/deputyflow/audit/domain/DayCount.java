package org.deputyflow.audit.domain;

import java.time.LocalDate;

/** How many events of a kind fell on a day (UTC). */
public record DayCount(LocalDate day, long count) {}
