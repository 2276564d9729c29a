package org.deputyflow.audit.domain;

import java.util.List;

/**
 * One page of the trail, newest first. The pager counts at most {@code COUNT_CAP} matching rows: with ten
 * million rows an exact count costs seconds, a capped one milliseconds. {@code totalCapped} says that
 * there are more than {@code total} ("10,000+").
 */
public record AuditPage(List<AuditEvent> items, int page, int size, long total, boolean totalCapped) {

    /** The most rows the pager counts. */
    public static final int COUNT_CAP = 10_000;

    /** {@code counted} is the count of at most {@code COUNT_CAP + 1} rows. */
    public static AuditPage of(List<AuditEvent> items, int page, int size, long counted) {
        boolean capped = counted > COUNT_CAP;
        return new AuditPage(List.copyOf(items), page, size, capped ? COUNT_CAP : counted, capped);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
