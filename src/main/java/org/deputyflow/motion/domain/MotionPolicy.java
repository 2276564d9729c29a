package org.deputyflow.motion.domain;

import java.util.List;
import java.util.Optional;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.Permissions;
import org.deputyflow.shared.Permissions.Refusal;
import org.deputyflow.suggestion.domain.SignerAnswer;

/**
 * What one reader may do with one motion now. A step belongs to a role (the form check, the
 * committee's report, the meeting and the implementation report to staff; the decisions to the
 * council; the conversion to either; answering an invitation to the co-signer invited; the files
 * to the lead deputy), and each
 * step waits for its status. A reader without the role is refused (403) before the motion's state
 * is asked (409), as the services always did.
 */
public final class MotionPolicy {

    static final String LEAD_ONLY = "error.motion.forbidden.lead";
    static final String STAFF_ONLY = "error.motion.forbidden.staff";
    static final String COUNCIL_ONLY = "error.motion.forbidden.council";
    static final String STAFF_OR_COUNCIL = "error.motion.forbidden.staffOrCouncil";
    static final String INVITED_ONLY = "error.motion.forbidden.notInvited";
    static final String WRONG_STATUS = "error.motion.wrongStatus";
    static final String LEAD_CO_SIGNS = "error.motion.coSign.lead";
    static final String ANSWERED = "error.motion.coSign.answered";

    private MotionPolicy() {}

    public static Permissions<MotionAction> permissions(
            Motion motion, List<MotionSigner> signers, MotionReader reader) {
        boolean staff = reader.has(Role.STAFF);
        boolean council = reader.has(Role.COUNCIL);
        Optional<MotionSigner> signer = reader.has(Role.DEPUTY) && reader.deputyId() != null
                ? signers.stream()
                        .filter(s -> s.deputyId() == reader.deputyId())
                        .findFirst()
                : Optional.empty();
        Permissions.Builder<MotionAction> permissions = Permissions.of(MotionAction.class)
                .unless(
                        signer.filter(MotionSigner::lead).isPresent(),
                        MotionAction.CHANGE_FILES,
                        Refusal.forbidden(LEAD_ONLY))
                .unless(signer.isPresent(), MotionAction.CO_SIGN, Refusal.forbidden(INVITED_ONLY))
                .unless(staff, MotionAction.REVIEW_FORM, Refusal.forbidden(STAFF_ONLY))
                .unless(council, MotionAction.DECIDE, Refusal.forbidden(COUNCIL_ONLY))
                .unless(staff, MotionAction.RECORD_REPORT, Refusal.forbidden(STAFF_ONLY))
                .unless(council, MotionAction.DECIDE_AFTER_REPORT, Refusal.forbidden(COUNCIL_ONLY))
                .unless(staff, MotionAction.RECORD_MEETING, Refusal.forbidden(STAFF_ONLY))
                .unless(staff, MotionAction.REPORT_IMPLEMENTATION, Refusal.forbidden(STAFF_ONLY))
                .unless(staff || council, MotionAction.CONVERT, Refusal.forbidden(STAFF_OR_COUNCIL))
                // the lead's own signature is given with the submission
                .unless(
                        signer.filter(MotionSigner::lead).isEmpty(),
                        MotionAction.CO_SIGN,
                        Refusal.conflict(LEAD_CO_SIGNS));
        // the signers signed what they saw, files included
        awaits(permissions, motion, MotionAction.CHANGE_FILES, MotionStatus.AWAITING_SIGNERS);
        awaits(permissions, motion, MotionAction.CO_SIGN, MotionStatus.AWAITING_SIGNERS);
        awaits(permissions, motion, MotionAction.REVIEW_FORM, MotionStatus.FORM_CHECK);
        awaits(permissions, motion, MotionAction.DECIDE, MotionStatus.AWAITING_DECISION);
        awaits(permissions, motion, MotionAction.RECORD_REPORT, MotionStatus.REFERRED);
        awaits(permissions, motion, MotionAction.DECIDE_AFTER_REPORT, MotionStatus.COMMITTEE_REPORTED);
        awaits(permissions, motion, MotionAction.RECORD_MEETING, MotionStatus.ON_AGENDA);
        awaits(permissions, motion, MotionAction.REPORT_IMPLEMENTATION, MotionStatus.IMPLEMENTING);
        awaits(permissions, motion, MotionAction.CONVERT, MotionStatus.NOT_LISTED);
        return permissions
                .unless(
                        signer.map(s -> s.answer() == SignerAnswer.PENDING).orElse(true),
                        MotionAction.CO_SIGN,
                        Refusal.conflict(ANSWERED))
                .build();
    }

    private static void awaits(
            Permissions.Builder<MotionAction> permissions, Motion motion, MotionAction action, MotionStatus status) {
        permissions.unless(
                motion.status() == status,
                action,
                Refusal.conflict(WRONG_STATUS, motion.number(), motion.status().name()));
    }
}
