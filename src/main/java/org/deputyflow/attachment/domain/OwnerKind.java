package org.deputyflow.attachment.domain;

/** The kind of record a file belongs to; replies and follow-ups have their kinds ahead of their endpoints. */
public enum OwnerKind {
    SUGGESTION,
    REPLY,
    FOLLOW_UP,
    MOTION
}
