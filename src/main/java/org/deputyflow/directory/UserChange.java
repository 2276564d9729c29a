package org.deputyflow.directory;

import java.util.Set;
import org.deputyflow.directory.domain.Role;

/**
 * What an admin enters for a new or changed user. {@code password} is the new password in clear,
 * required for a new user and, for an existing one, given only to reset it.
 */
public record UserChange(
        String login,
        String displayName,
        Set<Role> roles,
        Long departmentId,
        Long deputyId,
        boolean active,
        String password) {}
