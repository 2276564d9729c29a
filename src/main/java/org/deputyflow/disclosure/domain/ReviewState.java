package org.deputyflow.disclosure.domain;

/** Where a reply's review before publication stands. */
public enum ReviewState {
    /** staff have not yet seen it: nothing publishes it but staff, or the grace period if configured */
    OPEN,
    /** staff approved it: the daily timer publishes it on its day, or it was published at approval */
    APPROVED,
    /** staff held it back with a reason: it is never published */
    HELD_BACK,
    /** nobody reviewed it within the configured grace period, and the timer published it */
    LAPSED;

    /** Whether staff may still approve or hold back. */
    public boolean awaitsStaff() {
        return this == OPEN;
    }
}
