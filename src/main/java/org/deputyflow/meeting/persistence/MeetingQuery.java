package org.deputyflow.meeting.persistence;

import java.time.LocalDate;
import org.deputyflow.meeting.domain.MeetingKind;

/** The list's filters: a kind, the days held (a year as its first and last day); null means any. */
public record MeetingQuery(MeetingKind kind, LocalDate from, LocalDate to) {}
