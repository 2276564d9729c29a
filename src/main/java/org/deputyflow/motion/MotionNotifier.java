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
                notice(
                        NotificationKind.CO_SIGNATURE_REQUESTED,
                        "co-signature",
                        "coSignature",
                        motion,
                        leadName,
                        motion.signingDue().toString()));
    }

    void lapsed(Motion motion) {
        notifications.notifyDeputy(
                motion.leadDeputyId(),
                notice(
                        NotificationKind.LAPSED,
                        "lapsed",
                        "lapsed",
                        motion,
                        motion.signingDue().toString()));
    }

    void decided(Motion motion, DecisionOutcome outcome, String committee, String comment) {
        Text decision = outcome == DecisionOutcome.REFER_TO_COMMITTEE
                ? Text.of("notice.motion.decision.REFER_TO_COMMITTEE", committee)
                : Text.of("notice.motion.decision." + outcome.name());
        notifications.notifyDeputy(
                motion.leadDeputyId(),
                notice(NotificationKind.DECISION, "decision", "decided", motion, decision, explanation(comment)));
    }

    void secondDecided(Motion motion, AgendaDecision decision, String comment) {
        Text agenda = Text.of("notice.motion.agenda." + decision.name());
        notifications.notifyDeputy(
                motion.leadDeputyId(),
                notice(
                        NotificationKind.DECISION,
                        "second-decision",
                        "secondDecided",
                        motion,
                        agenda,
                        explanation(comment)));
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
                notice(
                        NotificationKind.DECISION,
                        "meeting-outcome",
                        "meetingRecorded",
                        motion,
                        meetingNumber,
                        meetingDate.toString(),
                        Text.of("notice.motion.meetingOutcome." + outcome.name()),
                        implementation));
    }

    void implementationReminder(Motion motion, LocalDate due) {
        notifications.notifyStaff(notice(
                NotificationKind.REMINDER,
                "implementation-reminder",
                "implementationReminder",
                motion,
                due.toString()));
    }

    void implementationOverdue(Motion motion, LocalDate due) {
        notifications.notifyStaff(notice(
                NotificationKind.OVERDUE, "implementation-overdue", "implementationOverdue", motion, due.toString()));
    }

    /**
     * A notice about the motion: its key names the motion and the event, its subject the motion's title, and its
     * text ({@code notice.motion.<code>.text}) the number and the title first, then the event's details.
     */
    private static Notice notice(NotificationKind kind, String event, String code, Motion motion, Object... details) {
        Object[] arguments = new Object[details.length + 2];
        arguments[0] = motion.number();
        arguments[1] = motion.title();
        System.arraycopy(details, 0, arguments, 2, details.length);
        return Notice.of(
                kind,
                Notice.keyOf("motion", event, motion.id()),
                null,
                Text.of("notice.motion." + code + ".subject", motion.title()),
                Text.of("notice.motion." + code + ".text", arguments));
    }

    /** "说明：…" after a decision, or nothing when the council gave no comment. */
    private static Text explanation(String comment) {
        return comment == null ? Text.typed("") : Text.of("notice.motion.comment", comment);
    }
}
