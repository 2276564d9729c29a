package org.deputyflow.disclosure.process;

import java.util.Date;
import org.deputyflow.disclosure.ReplyPublications;
import org.springframework.stereotype.Component;

/** The dates of a reply's review, as the BPMN file's due date and timer read them. */
@Component(ReplyPublicationProcess.Delegates.CLOCK)
public class ReplyReviewClock {

    private final ReplyPublications replies;

    ReplyReviewClock(ReplyPublications replies) {
        this.replies = replies;
    }

    /** The review is due by the start of the reply's publication day. */
    public Date due(long replyId) {
        return Date.from(replies.publicationDayStarts(replyId));
    }

    /**
     * The start of the day the grace period ends; without one, the publication day, when the timer only
     * notes that the reply is still in review.
     */
    public Date graceOver(long replyId) {
        return Date.from(replies.graceOverAt(replyId));
    }
}
