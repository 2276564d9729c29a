package org.deputyflow.directory.persistence;

/** A user row for the admin list, with the names of its department and deputy record. */
public record UserEntryRow(
        long id,
        String login,
        String displayName,
        Long departmentId,
        String departmentName,
        Long deputyId,
        String deputyName,
        boolean active) {}
