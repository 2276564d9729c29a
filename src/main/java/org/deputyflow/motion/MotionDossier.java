package org.deputyflow.motion;

import java.util.List;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionDeliberation;
import org.deputyflow.motion.domain.MotionSigner;
import org.deputyflow.motion.domain.MotionTimelineEntry;

/**
 * A motion with its signers and timeline; a converted motion names the suggestion it became.
 *
 * @param acceptedSigners signers who confirmed, the lead included
 * @param requiredSigners signers the motion needs in all
 * @param deliberation what happened after the council's first decision
 * @param allowedActions what the caller may do with the motion now ({@code MotionAction} names), as the
 *        services will accept it
 */
public record MotionDossier(
        Motion motion,
        String statusLabel,
        List<MotionSigner> signers,
        long acceptedSigners,
        int requiredSigners,
        List<MotionTimelineEntry> timeline,
        MotionDeliberation deliberation,
        List<String> allowedActions) {

    public MotionDossier {
        signers = List.copyOf(signers);
        timeline = List.copyOf(timeline);
        allowedActions = List.copyOf(allowedActions);
    }
}
