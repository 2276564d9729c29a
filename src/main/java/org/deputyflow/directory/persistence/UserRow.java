package org.deputyflow.directory.persistence;

/** A user row joined with its department's code; the roles come from {@link UserMapper#rolesOf}. */
public record UserRow(
        long id,
        String login,
        String displayName,
        String passwordHash,
        Long departmentId,
        String departmentCode,
        Long deputyId,
        boolean active,
        int securityStamp,
        boolean passwordMustChange) {}
