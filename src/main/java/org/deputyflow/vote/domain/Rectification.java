package org.deputyflow.vote.domain;

import java.time.LocalDate;

/**
 * What a department owes after a poor vote: a rectification report by the due date. After an
 * unsatisfied vote the department also faces a new vote at the next meeting, which staff name when
 * they accept the report.
 */
public record Rectification(
        long voteId,
        long departmentId,
        LocalDate dueDate,
        RectificationStatus status,
        boolean overdue,
        boolean followUpRequired,
        LocalDate nextMeetingDate,
        Long nextMeetingId) {}
