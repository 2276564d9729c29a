package org.deputyflow.notification.persistence;

import org.deputyflow.notification.domain.Notice;

/**
 * One notice for one recipient: a row of the inbox to store, with its subject and text rendered in the
 * office's language and the bundle codes they came from ({@code texts}, JSON, or null).
 */
public record Delivery(String recipient, Notice notice, String subject, String text, String texts) {}
