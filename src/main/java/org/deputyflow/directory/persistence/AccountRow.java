package org.deputyflow.directory.persistence;

import org.deputyflow.directory.domain.Role;

/**
 * A user row with one of its roles (null for a user without any): an account is read in one
 * query, as one row per role, because every API call reads one.
 */
public record AccountRow(
        long id,
        String login,
        String displayName,
        String passwordHash,
        Long departmentId,
        String departmentCode,
        Long deputyId,
        boolean active,
        int securityStamp,
        boolean passwordMustChange,
        Role role) {

    public UserRow user() {
        return new UserRow(
                id,
                login,
                displayName,
                passwordHash,
                departmentId,
                departmentCode,
                deputyId,
                active,
                securityStamp,
                passwordMustChange);
    }
}
