package org.deputyflow.vote.domain;

import java.util.Objects;
import java.util.Set;
import org.deputyflow.directory.domain.Role;

/** Who reads a vote, as far as the vote's policy asks: their roles and their department, if any. */
public record VoteReader(Set<Role> roles, Long departmentId) {

    public VoteReader {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The leader of this department. */
    public boolean leads(long department) {
        return has(Role.DEPT_LEADER) && Objects.equals(departmentId, department);
    }
}
