package org.deputyflow.disclosure.domain;

import java.time.Instant;

/** One version of a quarter's disclosure; a correction names the version it replaces. */
public record Disclosure(
        long id,
        int year,
        int quarter,
        int version,
        Long replacesId,
        DisclosureState state,
        String title,
        String commentary,
        String sentBackComment,
        Instant builtAt,
        String reviewedBy,
        Instant reviewedAt,
        String approvedBy,
        Instant approvedAt,
        Instant publishedAt,
        Long decidedMeetingId) {

    public Quarter period() {
        return new Quarter(year, quarter);
    }
}
