package org.deputyflow.attachment.domain;

/** The kind of record a file belongs to. */
public enum OwnerKind {
    SUGGESTION,
    REPLY,
    FOLLOW_UP,
    MOTION
}
