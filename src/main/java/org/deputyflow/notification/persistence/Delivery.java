package org.deputyflow.notification.persistence;

import org.deputyflow.notification.domain.Notice;

/** One notice for one recipient: a row of the inbox to store. */
public record Delivery(String recipient, Notice notice) {
}
