package org.deputyflow.disclosure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * What the database says about a key suggestion; {@link #toLine} turns it into published words. The
 * supervising leader is their display name; the progress is the sentence staff approved, if any.
 */
public record KeyFacts(
        long suggestionId,
        String serialNo,
        String title,
        String leadDepartment,
        String status,
        String resultClass,
        String evaluation,
        Instant assignedAt,
        Instant repliedAt,
        String supervisingLeader,
        String progress) {

    /** The states and ratings that have published words ({@code label.disclosure.status.*}, {@code .rating.*}). */
    private static final Set<String> STATUS = Set.of(
            "AWAITING_COSIGNERS",
            "SUBMITTED",
            "RETURNED",
            "CONVERTED_TO_LETTER",
            "WITHDRAWN",
            "MERGED",
            "ACCEPTED",
            "IN_HANDLING",
            "REPLIED",
            "AWAITING_REHANDLING_DECISION",
            "REHANDLING",
            "FOLLOW_UP",
            "CLOSED");

    private static final Set<String> RATING = Set.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");

    /**
     * Days taken count calendar days in the zone from assignment to the first signed-off reply, or
     * to the quarter's end while there is none; empty before assignment. {@code leadDepartments} names
     * every lead department, the first one alone when null. The line is frozen as published: status and
     * rating in the words of the publication, title and progress through the redaction.
     */
    public KeyLine toLine(
            int lineNo,
            String leadDepartments,
            LocalDate quarterEndExclusive,
            ZoneId zone,
            Redaction redaction,
            Words words) {
        Integer days = null;
        if (assignedAt != null) {
            LocalDate from = assignedAt.atZone(zone).toLocalDate();
            LocalDate to = repliedAt != null ? repliedAt.atZone(zone).toLocalDate() : quarterEndExclusive;
            days = (int) Math.max(0, ChronoUnit.DAYS.between(from, to));
        }
        // titles are published: a deputy may have written a phone number into one
        return new KeyLine(
                lineNo,
                serialNo,
                redaction.redact(title),
                leadDepartments == null ? leadDepartment : leadDepartments,
                supervisingLeader,
                progress == null ? null : redaction.redact(progress),
                STATUS.contains(status) ? words.get("label.disclosure.status." + status) : status,
                resultClass,
                evaluation == null
                        ? null
                        : RATING.contains(evaluation) ? words.get("label.disclosure.rating." + evaluation) : evaluation,
                days);
    }
}
