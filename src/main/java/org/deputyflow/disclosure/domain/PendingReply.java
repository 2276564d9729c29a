package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reply waiting for publication, as staff see it in their list: the day it reached the deputy (null
 * while it has not), the day the daily timer will publish it (null until it reached the deputy) if staff
 * approved it, and where staff's review stands (null until the review is opened).
 */
public record PendingReply(
        long replyId,
        long suggestionId,
        String serialNo,
        String title,
        String departmentName,
        Instant reachedDeputyAt,
        ReviewState review,
        LocalDate reachedOn,
        LocalDate publishesOn) {

    /** As read from the database, before the publication day is worked out on the calendar. */
    public PendingReply(
            long replyId,
            long suggestionId,
            String serialNo,
            String title,
            String departmentName,
            Instant reachedDeputyAt,
            ReviewState review) {
        this(replyId, suggestionId, serialNo, title, departmentName, reachedDeputyAt, review, null, null);
    }

    /** With the working day it reached the deputy on and the day the timer publishes it. */
    public PendingReply on(LocalDate reached, LocalDate publishes) {
        return new PendingReply(
                replyId, suggestionId, serialNo, title, departmentName, reachedDeputyAt, review, reached, publishes);
    }
}
