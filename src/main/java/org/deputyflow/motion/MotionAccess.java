package org.deputyflow.motion;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.deputyflow.motion.domain.MotionPolicy;
import org.deputyflow.motion.domain.MotionReader;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.persistence.MotionMapper;
import org.deputyflow.motion.persistence.MotionSearch;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which motion: a deputy the motions they signed or were invited to sign, staff,
 * council and admins all. A motion outside the caller's scope is "not found", so its existence
 * is not revealed; departments have no business with motions.
 */
@Component
class MotionAccess {

    private final MotionMapper motions;

    MotionAccess(MotionMapper motions) {
        this.motions = motions;
    }

    MotionSearch scope(CurrentUser user, MotionStatus status, String q) {
        if (user.hasAnyRole(Role.STAFF, Role.COUNCIL, Role.ADMIN)) {
            return new MotionSearch(status, q, null);
        }
        if (user.hasRole(Role.DEPUTY) && user.deputyId() != null) {
            return new MotionSearch(status, q, user.deputyId());
        }
        throw new AccessDeniedException("no motions for this role");
    }

    Motion visible(CurrentUser user, long id) {
        requireVisible(user, id);
        return motions.findById(id).orElseThrow(() -> notFound(id));
    }

    /** Reads and locks the motion: concurrent actions on it take turns, and the loser sees the new state. */
    Motion lockVisible(CurrentUser user, long id) {
        requireVisible(user, id);
        return motions.lockById(id).orElseThrow(() -> notFound(id));
    }

    /** Locks the motion and raises the policy's refusal of the action, if it has one. */
    Motion lockFor(CurrentUser user, long id, MotionAction action) {
        Motion motion = lockVisible(user, id);
        permissions(user, motion).require(action);
        return motion;
    }

    /** What the caller may do with the motion now, with the reason for each refused step. */
    Permissions<MotionAction> permissions(CurrentUser user, Motion motion) {
        return MotionPolicy.permissions(motion, motions.findSigners(motion.id()), reader(user));
    }

    static MotionReader reader(CurrentUser user) {
        return new MotionReader(user.roles(), user.deputyId());
    }

    private void requireVisible(CurrentUser user, long id) {
        if (!motions.visible(id, scope(user, null, null))) {
            throw notFound(id);
        }
    }

    private static NotFoundException notFound(long id) {
        return NotFoundException.of("motion", id);
    }
}
