package org.deputyflow.notification.domain;

/**
 * What a notification is about, so that the inbox can group, filter or style it. Stored by name:
 * a new kind needs no migration, and a kind must never be renamed once notices of it are stored.
 */
public enum NotificationKind {
    CO_SIGNATURE_REQUESTED,
    SCREENED,
    ASSIGNED,
    DISPUTE,
    REMINDER,
    OVERDUE,
    URGED,
    EXTENSION_REQUESTED,
    EXTENSION_DECIDED,
    REPLIED,
    EVALUATED,
    DECISION,
    PROGRESS,
    CLOSED,
    SUPERVISION,
    LAPSED
}
