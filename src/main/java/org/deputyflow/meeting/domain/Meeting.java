package org.deputyflow.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting: its kind, its session and sequence number as written (第十六届第5次), the day it was held. */
public record Meeting(
        long id,
        MeetingKind kind,
        String number,
        LocalDate heldOn,
        String title,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {}
