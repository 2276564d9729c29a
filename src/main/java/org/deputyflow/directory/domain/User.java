package org.deputyflow.directory.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A login of DeputyFlow. A handler or leader belongs to exactly one department; a deputy's
 * login is linked to one deputy record; nobody else carries either link.
 */
public record User(
        Long id, String login, String displayName, Long departmentId, Long deputyId, boolean active, Set<Role> roles) {

    public User {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user " + login + " needs at least one role");
        }
        boolean departmental = roles.stream().anyMatch(Role::belongsToDepartment);
        if (departmental != (departmentId != null)) {
            throw new IllegalArgumentException(
                    departmental
                            ? "handler or leader " + login + " must belong to a department"
                            : "only handlers and leaders belong to a department: " + login);
        }
        if (roles.contains(Role.DEPUTY) != (deputyId != null)) {
            throw new IllegalArgumentException(
                    roles.contains(Role.DEPUTY)
                            ? "deputy user " + login + " must be linked to a deputy record"
                            : "only deputy users are linked to a deputy record: " + login);
        }
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
