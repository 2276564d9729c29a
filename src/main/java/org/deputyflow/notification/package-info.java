/**
 * Notifications: each user's in-app inbox, and optionally e-mail. Other modules tell the people
 * concerned through {@link org.deputyflow.notification.NotificationService}, inside their own
 * transaction; a notice with the same deduplication key reaches each recipient once however
 * often a job that sends it runs.
 */
package org.deputyflow.notification;
