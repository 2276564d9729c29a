package org.deputyflow.motion.domain;

import java.util.Set;
import org.deputyflow.directory.domain.Role;

/**
 * Who acts on a motion, as far as the motion's policy asks: the reader's roles and, for a deputy,
 * which deputy.
 */
public record MotionReader(Set<Role> roles, Long deputyId) {

    public MotionReader {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
