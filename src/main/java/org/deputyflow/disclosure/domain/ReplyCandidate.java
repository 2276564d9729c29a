package org.deputyflow.disclosure.domain;

import java.time.Instant;

/**
 * A signed-off reply that may be published: marked publishable, of a suggestion that is not
 * confidential, with when the replies reached the deputy (null while they have not).
 */
public record ReplyCandidate(
        long replyId,
        long suggestionId,
        String serialNo,
        String title,
        String departmentName,
        String resultClass,
        String content,
        Instant reachedDeputyAt) {}
