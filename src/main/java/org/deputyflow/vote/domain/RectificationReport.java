package org.deputyflow.vote.domain;

import java.time.Instant;

/** One rectification report as the department leader submitted it, and staff's decision on it. */
public record RectificationReport(
        long id,
        long voteId,
        String title,
        String summary,
        long submittedBy,
        Instant submittedAt,
        ReportDecision decision,
        String comment,
        Long decidedBy,
        Instant decidedAt) {}
