package org.deputyflow.directory.persistence;

import org.deputyflow.directory.domain.Role;

/** One role of one user, for reading the roles of a page of users in one query. */
public record UserRoleRow(long userId, Role role) {}
