package org.deputyflow.directory.domain;

import java.util.EnumSet;
import java.util.Set;

/** A user as the admin pages list it: the links resolved to names, and the roles. */
public record UserEntry(
        long id,
        String login,
        String displayName,
        Long departmentId,
        String departmentName,
        Long deputyId,
        String deputyName,
        boolean active,
        Set<Role> roles) {

    public UserEntry {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
