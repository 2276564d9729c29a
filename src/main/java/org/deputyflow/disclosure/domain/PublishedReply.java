package org.deputyflow.disclosure.domain;

import java.time.Instant;

/** A reply as published, already redacted. */
public record PublishedReply(
        long id,
        long replyId,
        String serialNo,
        String title,
        String departmentName,
        String resultClass,
        String content,
        Instant publishedAt) {}
