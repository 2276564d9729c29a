package org.deputyflow.disclosure.domain;

import java.time.LocalDate;
import java.util.List;
import org.deputyflow.disclosure.domain.Redaction.Span;

/**
 * A reply before publication: its text as staff see it, the passages they marked, and the title and
 * text as the public will see them, redacted by the same code the publication uses.
 *
 * @param reachedOn the day it reached the deputy, null while it has not
 * @param publishesOn the day the daily timer publishes it once approved, null while it has not reached the deputy
 * @param review staff's review before publication, null until it is opened
 */
public record ReplyPreview(
        ReplyCandidate reply,
        List<MarkedPassage> marks,
        String publicTitle,
        String publicContent,
        LocalDate reachedOn,
        LocalDate publishesOn,
        ReplyReview review) {

    /** Whether staff may approve or hold back the reply now. */
    public boolean awaitsReview() {
        return review != null && review.state().awaitsStaff();
    }

    /** A span staff marked, with the text it covers. */
    public record MarkedPassage(Span span, String text) {

        public int start() {
            return span.start();
        }

        public int end() {
            return span.end();
        }
    }
}
