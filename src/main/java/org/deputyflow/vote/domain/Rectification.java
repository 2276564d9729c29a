package org.deputyflow.vote.domain;

import java.time.LocalDate;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Text;

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
        Long nextMeetingId) {

    /** @param action what the caller wants to do, as a {@code label.vote.action.*} code */
    public void requireStatus(RectificationStatus expected, String action) {
        if (status != expected) {
            throw new ConflictException(
                    "error.vote.rectification.wrongStatus",
                    String.valueOf(voteId),
                    Text.of("label.vote.rectificationStatus." + status.name()),
                    Text.of(action));
        }
    }
}
