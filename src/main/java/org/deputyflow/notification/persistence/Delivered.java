package org.deputyflow.notification.persistence;

/** A recipient who already has the notice of this key. */
public record Delivered(String recipient, String dedupKey) {}
