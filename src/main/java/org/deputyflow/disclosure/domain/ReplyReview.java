package org.deputyflow.disclosure.domain;

import java.time.Instant;

/**
 * Staff's review of a reply before it is published.
 *
 * @param reason why it was held back; null otherwise
 * @param decidedBy who approved or held it back; {@code system} when the grace period lapsed; null while open
 */
public record ReplyReview(
        long replyId, ReviewState state, String reason, Instant openedAt, String decidedBy, Instant decidedAt) {}
