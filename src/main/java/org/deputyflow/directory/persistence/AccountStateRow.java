package org.deputyflow.directory.persistence;

/** What a signed-in session is checked against on every request. */
public record AccountStateRow(boolean active, int securityStamp, boolean passwordMustChange) {}
