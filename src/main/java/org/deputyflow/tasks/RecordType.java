package org.deputyflow.tasks;

/** The kind of record a task is about, so that a client links each line to the right record. */
public enum RecordType {
    /** a suggestion, {@code /api/suggestions/{recordId}} */
    SUGGESTION,
    /** a motion, {@code /api/motions/{recordId}} */
    MOTION,
    /** a satisfaction vote, {@code /api/votes/{recordId}} */
    VOTE,
    /** a quarterly disclosure, {@code /api/disclosures/{recordId}} */
    DISCLOSURE,
    /** a reply before publication, {@code /api/replies/{recordId}/review} */
    REPLY
}
