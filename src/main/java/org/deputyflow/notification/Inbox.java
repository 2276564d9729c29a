package org.deputyflow.notification;

import org.deputyflow.notification.domain.Notification;
import org.deputyflow.shared.Page;

/** A page of one user's notifications, newest first, and how many of all of them are unread. */
public record Inbox(Page<Notification> notifications, long unread) {}
