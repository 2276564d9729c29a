package org.deputyflow.motion;

import java.time.format.DateTimeFormatter;

import org.deputyflow.motion.domain.DecisionOutcome;
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
}
