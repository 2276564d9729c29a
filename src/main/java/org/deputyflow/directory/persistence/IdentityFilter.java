package org.deputyflow.directory.persistence;

import java.util.List;
import org.deputyflow.directory.domain.Role;

/**
 * Which active users an engine identity query asks for; null fields do not filter.
 * {@code nameLike} is a LIKE pattern as the engine passes it.
 */
public record IdentityFilter(String login, List<String> logins, String nameLike, Role role, String departmentCode) {}
