package org.deputyflow.motion.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The steps that wait in someone's task list: a co-signer's answer and the engine's user tasks. Conversion is
     * offered on the motion's page only.
     */
    public static final Set<MotionAction> TASKS = Collections.unmodifiableSet(EnumSet.of(
            MotionAction.CO_SIGN,
            MotionAction.REVIEW_FORM,
            MotionAction.DECIDE,
            MotionAction.RECORD_REPORT,
            MotionAction.DECIDE_AFTER_REPORT,
            MotionAction.RECORD_MEETING,
            MotionAction.REPORT_IMPLEMENTATION));

    private MotionPolicy() {}

    /** The status in which the step is open; in any other it is refused (409). */
    public static MotionStatus openIn(MotionAction action) {
        return switch (action) {
            // the signers signed what they saw, files included
            case CHANGE_FILES, CO_SIGN -> MotionStatus.AWAITING_SIGNERS;
            case REVIEW_FORM -> MotionStatus.FORM_CHECK;
            case DECIDE -> MotionStatus.AWAITING_DECISION;
            case RECORD_REPORT -> MotionStatus.REFERRED;
            case DECIDE_AFTER_REPORT -> MotionStatus.COMMITTEE_REPORTED;
            case RECORD_MEETING -> MotionStatus.ON_AGENDA;
            case REPORT_IMPLEMENTATION -> MotionStatus.IMPLEMENTING;
            case CONVERT -> MotionStatus.NOT_LISTED;
        };
    }

    /**
     * The statuses of the motions whose task the reader's roles take: what a staff or council task list selects.
     * A deputy's co-signature requests depend on the invitation too, so they are selected by the deputy and
     * {@code openIn(CO_SIGN)}.
     */
    public static List<MotionStatus> taskStatuses(MotionReader reader) {
        return TASKS.stream()
                .filter(action -> action != MotionAction.CO_SIGN
                        && roleRefusal(action, reader).isEmpty())
                .map(MotionPolicy::openIn)
                .toList();
    }

    public static Permissions<MotionAction> permissions(
            Motion motion, List<MotionSigner> signers, MotionReader reader) {
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
                .unless(signer.isPresent(), MotionAction.CO_SIGN, Refusal.forbidden(INVITED_ONLY));
        for (MotionAction action : MotionAction.values()) {
            roleRefusal(action, reader).ifPresent(code -> permissions.unless(false, action, Refusal.forbidden(code)));
        }
        // the lead's own signature is given with the submission
        permissions.unless(
                signer.filter(MotionSigner::lead).isEmpty(), MotionAction.CO_SIGN, Refusal.conflict(LEAD_CO_SIGNS));
        for (MotionAction action : MotionAction.values()) {
            awaits(permissions, motion, action, openIn(action));
        }
        return permissions
                .unless(
                        signer.map(s -> s.answer() == SignerAnswer.PENDING).orElse(true),
                        MotionAction.CO_SIGN,
                        Refusal.conflict(ANSWERED))
                .build();
    }

    /**
     * The refusal (403) of a step that belongs to a role the reader does not have; empty for a step the reader's
     * roles may take, and for the signers' steps, which belong to a deputy of the motion rather than to a role.
     */
    private static Optional<String> roleRefusal(MotionAction action, MotionReader reader) {
        boolean staff = reader.has(Role.STAFF);
        boolean council = reader.has(Role.COUNCIL);
        return switch (action) {
            case CHANGE_FILES, CO_SIGN -> Optional.empty();
            case REVIEW_FORM, RECORD_REPORT, RECORD_MEETING, REPORT_IMPLEMENTATION ->
                staff ? Optional.empty() : Optional.of(STAFF_ONLY);
            case DECIDE, DECIDE_AFTER_REPORT -> council ? Optional.empty() : Optional.of(COUNCIL_ONLY);
            case CONVERT -> staff || council ? Optional.empty() : Optional.of(STAFF_OR_COUNCIL);
        };
    }

    private static void awaits(
            Permissions.Builder<MotionAction> permissions, Motion motion, MotionAction action, MotionStatus status) {
        permissions.unless(
                motion.status() == status,
                action,
                Refusal.conflict(WRONG_STATUS, motion.number(), motion.status().name()));
    }
}
