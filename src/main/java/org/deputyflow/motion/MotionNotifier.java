package org.deputyflow.motion;

import java.time.LocalDate;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.Text;
import org.springframework.stereotype.Component;

/**
 * Tells deputies what happened to a motion, inside the action's transaction. Each notice's key
 * names the motion and the event, so a lapse job that runs twice notifies once. Notices about
 * motions name no suggestion: the motion's number in the text leads to it.
 */
@Component
class MotionNotifier {

    private final NotificationService notifications;

    MotionNotifier(NotificationService notifications) {
        this.notifications = notifications;
    }

    void coSignatureRequested(Motion motion, String leadName, long coSignerId) {
        notifications.notifyDeputy(
                coSignerId,
                Notice.of(
                        NotificationKind.CO_SIGNATURE_REQUESTED,
                        Notice.keyOf("motion", "co-signature", motion.id()),
                        null,
                        Text.of("notice.motion.coSignature.subject", motion.title()),
                        Text.of(
                                "notice.motion.coSignature.text",
                                leadName,
                                motion.number(),
                                motion.title(),
                                motion.signingDue().toString())));
    }

    void lapsed(Motion motion) {
        notifications.notifyDeputy(
                motion.leadDeputyId(),
                Notice.of(
                        NotificationKind.LAPSED,
                        Notice.keyOf("motion", "lapsed", motion.id()),
                        null,
                        Text.of("notice.motion.lapsed.subject", motion.title()),
                        Text.of(
                                "notice.motion.lapsed.text",
                                motion.number(),
                                motion.title(),
                                motion.signingDue().toString())));
    }

    void decided(Motion motion, DecisionOutcome outcome, String committee, String comment) {
        Text decision = outcome == DecisionOutcome.REFER_TO_COMMITTEE
                ? Text.of("notice.motion.decision.REFER_TO_COMMITTEE", committee)
                : Text.of("notice.motion.decision." + outcome.name());
        notifications.notifyDeputy(
                motion.leadDeputyId(),
                Notice.of(
                        NotificationKind.DECISION,
                        Notice.keyOf("motion", "decision", motion.id()),
                        null,
                        Text.of("notice.motion.decided.subject", motion.title()),
                        Text.of(
                                "notice.motion.decided.text",
                                motion.number(),
                                motion.title(),
                                decision,
                                explanation(comment))));
    }

    void secondDecided(Motion motion, AgendaDecision decision, String comment) {
        notifications.notifyDeputy(
                motion.leadDeputyId(),
                Notice.of(
                        NotificationKind.DECISION,
                        Notice.keyOf("motion", "second-decision", motion.id()),
                        null,
                        Text.of("notice.motion.secondDecided.subject", motion.title()),
                        Text.of(
                                "notice.motion.secondDecided.text",
                                motion.number(),
                                motion.title(),
                                Text.of("notice.motion.agenda." + decision.name()),
                                explanation(comment))));
    }

    void meetingRecorded(
            Motion motion,
            LocalDate meetingDate,
            String meetingNumber,
            MeetingOutcome outcome,
            LocalDate implementationDue) {
        Text implementation = implementationDue == null
                ? Text.typed("")
                : Text.of("notice.motion.meetingRecorded.implementationDue", implementationDue.toString());
        notifications.notifyDeputy(
                motion.leadDeputyId(),
                Notice.of(
                        NotificationKind.DECISION,
                        Notice.keyOf("motion", "meeting-outcome", motion.id()),
                        null,
                        Text.of("notice.motion.meetingRecorded.subject", motion.title()),
                        Text.of(
                                "notice.motion.meetingRecorded.text",
                                motion.number(),
                                motion.title(),
                                meetingNumber,
                                meetingDate.toString(),
                                Text.of("notice.motion.meetingOutcome." + outcome.name()),
                                implementation)));
    }

    void implementationReminder(Motion motion, LocalDate due) {
        notifications.notifyStaff(Notice.of(
                NotificationKind.REMINDER,
                Notice.keyOf("motion", "implementation-reminder", motion.id()),
                null,
                Text.of("notice.motion.implementationReminder.subject", motion.title()),
                Text.of("notice.motion.implementationReminder.text", motion.number(), motion.title(), due.toString())));
    }

    void implementationOverdue(Motion motion, LocalDate due) {
        notifications.notifyStaff(Notice.of(
                NotificationKind.OVERDUE,
                Notice.keyOf("motion", "implementation-overdue", motion.id()),
                null,
                Text.of("notice.motion.implementationOverdue.subject", motion.title()),
                Text.of("notice.motion.implementationOverdue.text", motion.number(), motion.title(), due.toString())));
    }

    /** "说明：…" after a decision, or nothing when the council gave no comment. */
    private static Text explanation(String comment) {
        return comment == null ? Text.typed("") : Text.of("notice.motion.comment", comment);
    }
}
