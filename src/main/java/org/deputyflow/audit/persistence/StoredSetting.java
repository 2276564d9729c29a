package org.deputyflow.audit.persistence;

/** A setting as the last start recorded it: its name and value (a secret's only as set or not set). */
public record StoredSetting(String name, String value) {}
