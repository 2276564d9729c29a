package org.deputyflow.motion;

import org.deputyflow.directory.CurrentUser;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the attachment module may know of a motion: whether the caller may read it (then they may read its
 * files) and whether they may add or remove files now. The motion's own rules decide; its tables stay its own.
 */
@Service
@Transactional(readOnly = true)
public class MotionFiles {

    /**
     * A motion as the attachment module sees it.
     *
     * @param mayChangeFiles the caller may add files and remove their own now
     */
    public record FileHolder(long id, String number, boolean mayChangeFiles) {}

    private final MotionAccess access;

    MotionFiles(MotionAccess access) {
        this.access = access;
    }

    /** The motion if the caller may read it; 404 otherwise, as for the motion itself. */
    public FileHolder readable(CurrentUser user, long id) {
        Motion motion = access.visible(user, id);
        return new FileHolder(
                motion.id(), motion.number(), access.permissions(user, motion).allows(MotionAction.CHANGE_FILES));
    }

    /**
     * Locks the motion for a change of its files: 404 if the caller may not read it, 403 if they are not its
     * lead deputy, 409 once the signing is over (the signers signed what they saw, files included).
     */
    @Transactional
    public FileHolder lockForFiles(CurrentUser user, long id) {
        Motion motion = access.lockFor(user, id, MotionAction.CHANGE_FILES);
        return new FileHolder(motion.id(), motion.number(), true);
    }
}
