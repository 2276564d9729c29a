package org.deputyflow.directory.persistence;

import org.deputyflow.directory.domain.Role;

/** The admin's user list filter: a login or display name that starts with {@code q}, a role; null does not filter. */
public record UserSearch(String q, Role role) {}
