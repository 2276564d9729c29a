package org.deputyflow.motion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Tells deputies what happened to a motion, inside the action's transaction. Each notice's key
 * names the motion and the event, so a lapse job that runs twice notifies once. Notices about
 * motions name no suggestion: the motion's number in the text leads to it.
 */
@Component
class MotionNotifier {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final NotificationService notifications;

    MotionNotifier(NotificationService notifications) {
        this.notifications = notifications;
    }

    void coSignatureRequested(Motion motion, String leadName, long coSignerId) {
        notifications.notifyDeputy(coSignerId, Notice.of(NotificationKind.CO_SIGNATURE_REQUESTED,
                Notice.keyOf("motion", "co-signature", motion.id()), null,
                "请答复议案附议邀请：" + motion.title(),
                leadName + " 代表邀请您附议议案 " + motion.number() + "《" + motion.title() + "》，请在 "
                        + DATE.format(motion.signingDue()) + " 前于待办中同意或拒绝。"));
    }

    void lapsed(Motion motion) {
        notifications.notifyDeputy(motion.leadDeputyId(), Notice.of(NotificationKind.LAPSED,
                Notice.keyOf("motion", "lapsed", motion.id()), null,
                "议案已失效：" + motion.title(),
                "您领衔提出的议案 " + motion.number() + "《" + motion.title() + "》在 "
                        + DATE.format(motion.signingDue()) + " 前未获得足够的代表附议，已失效。"));
    }

    void decided(Motion motion, DecisionOutcome outcome, String committee, String comment) {
        String decision = switch (outcome) {
            case PUT_ON_AGENDA -> "列入会议议程";
            case REFER_TO_COMMITTEE -> "交" + committee + "审议";
            case NOT_LISTED -> "不列入会议议程";
        };
        notifications.notifyDeputy(motion.leadDeputyId(), Notice.of(NotificationKind.DECISION,
                Notice.keyOf("motion", "decision", motion.id()), null,
                "议案处理决定：" + motion.title(),
                "您领衔提出的议案 " + motion.number() + "《" + motion.title() + "》，主席团（常委会）决定：" + decision + "。"
                        + (comment == null ? "" : "说明：" + comment)));
    }

    void secondDecided(Motion motion, AgendaDecision decision, String comment) {
        notifications.notifyDeputy(motion.leadDeputyId(), Notice.of(NotificationKind.DECISION,
                Notice.keyOf("motion", "second-decision", motion.id()), null,
                "议案审议报告后的决定：" + motion.title(),
                "您领衔提出的议案 " + motion.number() + "《" + motion.title() + "》，专门委员会提出审议报告后，主任会议（主席团）决定："
                        + (decision == AgendaDecision.PUT_ON_AGENDA ? "提请常委会会议审议" : "不列入常委会会议议程")
                        + "。" + (comment == null ? "" : "说明：" + comment)));
    }

    void meetingRecorded(Motion motion, LocalDate meetingDate, String meetingNumber, MeetingOutcome outcome,
            LocalDate implementationDue) {
        String result = switch (outcome) {
            case ADOPTED_LAW -> "通过为地方性法规";
            case ADOPTED_DECISION -> "通过为决议、决定";
            case FURTHER_STUDY -> "继续研究";
            case NOT_ADOPTED -> "未获通过";
        };
        notifications.notifyDeputy(motion.leadDeputyId(), Notice.of(NotificationKind.DECISION,
                Notice.keyOf("motion", "meeting-outcome", motion.id()), null,
                "议案审议结果：" + motion.title(),
                "您领衔提出的议案 " + motion.number() + "《" + motion.title() + "》经" + meetingNumber + "（"
                        + DATE.format(meetingDate) + "）审议：" + result + "。"
                        + (implementationDue == null ? "" : "实施情况将于 " + DATE.format(implementationDue) + " 前报告。")));
    }

    void implementationReminder(Motion motion, LocalDate due) {
        notifications.notifyStaff(Notice.of(NotificationKind.REMINDER,
                Notice.keyOf("motion", "implementation-reminder", motion.id()), null,
                "议案实施情况报告即将到期：" + motion.title(),
                "议案 " + motion.number() + "《" + motion.title() + "》的实施情况报告须在 " + DATE.format(due) + " 前登记。"));
    }

    void implementationOverdue(Motion motion, LocalDate due) {
        notifications.notifyStaff(Notice.of(NotificationKind.OVERDUE,
                Notice.keyOf("motion", "implementation-overdue", motion.id()), null,
                "议案实施情况报告已超期：" + motion.title(),
                "议案 " + motion.number() + "《" + motion.title() + "》的实施情况报告期限 " + DATE.format(due)
                        + " 已过，尚未登记。"));
    }
}
