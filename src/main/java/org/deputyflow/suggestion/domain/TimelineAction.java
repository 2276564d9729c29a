package org.deputyflow.suggestion.domain;

import static org.deputyflow.suggestion.domain.TimelineAudience.CONCERNED;
import static org.deputyflow.suggestion.domain.TimelineAudience.EVERY_READER;
import static org.deputyflow.suggestion.domain.TimelineAudience.OFFICIALS;

/**
 * Everything a person can do to a suggestion; each action is one timeline line. A line is read by
 * those who may read what it describes: its comment repeats a dispute reason, a send-back comment,
 * an urge, an extension reason, so each action names who reads the line and who reads its comment.
 */
public enum TimelineAction {
    SUBMITTED(EVERY_READER, EVERY_READER),
    CO_SIGNATURE_ACCEPTED(EVERY_READER, EVERY_READER),
    CO_SIGNATURE_DECLINED(EVERY_READER, EVERY_READER),
    WITHDRAWAL_AGREED(EVERY_READER, EVERY_READER),
    WITHDRAWN(EVERY_READER, EVERY_READER),
    // the screening reason and comment are on the suggestion itself, which every reader sees
    ACCEPTED(EVERY_READER, EVERY_READER),
    RETURNED(EVERY_READER, EVERY_READER),
    CONVERTED_TO_LETTER(EVERY_READER, EVERY_READER),
    REVISED(EVERY_READER, EVERY_READER),
    MERGED(EVERY_READER, EVERY_READER),
    ASSIGNED(EVERY_READER, EVERY_READER),
    // who claimed is shown with the assignment
    CLAIMED(EVERY_READER, EVERY_READER),
    UNCLAIMED(EVERY_READER, EVERY_READER),
    // a dispute is between the department and staff, like the dispute record
    DISPUTED(CONCERNED, CONCERNED),
    DISPUTE_UPHELD(CONCERNED, CONCERNED),
    // a reassignment shows in the assignments every reader sees
    REASSIGNED(EVERY_READER, EVERY_READER),
    // contacts are with the deputy and shown to every reader
    CONTACT_LOGGED(EVERY_READER, EVERY_READER),
    // co-unit opinions go to the departments, never to the deputy
    OPINION_SUBMITTED(OFFICIALS, OFFICIALS),
    // a waived opinion is the same working exchange, decided by staff
    OPINION_WAIVED(OFFICIALS, OFFICIALS),
    // drafts and sent-back versions stay in the department until signed off
    REPLY_SUBMITTED(CONCERNED, CONCERNED),
    REPLY_APPROVED(EVERY_READER, EVERY_READER),
    REPLY_SENT_BACK(CONCERNED, CONCERNED),
    EVALUATED(EVERY_READER, EVERY_READER),
    REHANDLING_ORDERED(EVERY_READER, EVERY_READER),
    REHANDLING_DECLINED(EVERY_READER, EVERY_READER),
    FOLLOW_UP_REPORTED(EVERY_READER, EVERY_READER),
    DELIVERED(EVERY_READER, EVERY_READER),
    // the deputy's answer on a delivery is part of the follow-up every reader follows
    DELIVERY_CONFIRMED(EVERY_READER, EVERY_READER),
    DELIVERY_DISPUTED(EVERY_READER, EVERY_READER),
    DELIVERY_CONFIRMED_BY_STAFF(EVERY_READER, EVERY_READER),
    // the year-end explanation is between the department and staff, like a dispute
    EXPLANATION_SUBMITTED(CONCERNED, CONCERNED),
    EXPLANATION_ACCEPTED(CONCERNED, CONCERNED),
    EXPLANATION_SENT_BACK(CONCERNED, CONCERNED),
    // every reader learns that more time was asked and the new due date; the reasons stay with the department
    EXTENSION_REQUESTED(EVERY_READER, CONCERNED),
    EXTENSION_APPROVED(EVERY_READER, EVERY_READER),
    EXTENSION_REFUSED(EVERY_READER, CONCERNED),
    // urging is staff chasing one department, like the urge record
    URGED(CONCERNED, CONCERNED),
    CLOSED_NOT_EVALUATED(EVERY_READER, EVERY_READER);

    private final TimelineAudience entryAudience;
    private final TimelineAudience commentAudience;

    TimelineAction(TimelineAudience entryAudience, TimelineAudience commentAudience) {
        this.entryAudience = entryAudience;
        this.commentAudience = commentAudience;
    }

    /** The bundle code of the line's words ({@code timeline.CLAIMED}), rendered in the reader's language. */
    public String label() {
        return "timeline." + name();
    }

    /** Whether a reader standing so to the entry's department sees the line at all. */
    public boolean shownTo(ReaderRelation reader) {
        return entryAudience.includes(reader);
    }

    /** Whether that reader also reads the line's comment; never without the line. */
    public boolean commentShownTo(ReaderRelation reader) {
        return shownTo(reader) && commentAudience.includes(reader);
    }
}
