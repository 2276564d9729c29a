package org.deputyflow.suggestion.domain;

import static org.deputyflow.suggestion.domain.TimelineAudience.CONCERNED;
import static org.deputyflow.suggestion.domain.TimelineAudience.EVERY_READER;
import static org.deputyflow.suggestion.domain.TimelineAudience.OFFICIALS;

/**
 * Everything a person can do to a suggestion; each action is one timeline line. A line is read by
 * those who may read what it describes: its comment repeats a dispute reason, a send-back comment,
 * an urge, an extension reason, so each action names who reads the line and who reads its comment.
 */
public enum TimelineAction {
    SUBMITTED("提交建议", EVERY_READER, EVERY_READER),
    CO_SIGNATURE_ACCEPTED("同意附议", EVERY_READER, EVERY_READER),
    CO_SIGNATURE_DECLINED("拒绝附议", EVERY_READER, EVERY_READER),
    WITHDRAWAL_AGREED("同意撤回", EVERY_READER, EVERY_READER),
    WITHDRAWN("撤回建议", EVERY_READER, EVERY_READER),
    // the screening reason and comment are on the suggestion itself, which every reader sees
    ACCEPTED("审查立案", EVERY_READER, EVERY_READER),
    RETURNED("退回修改", EVERY_READER, EVERY_READER),
    CONVERTED_TO_LETTER("转作代表来信处理", EVERY_READER, EVERY_READER),
    REVISED("修改建议", EVERY_READER, EVERY_READER),
    MERGED("并案办理", EVERY_READER, EVERY_READER),
    ASSIGNED("交办承办单位", EVERY_READER, EVERY_READER),
    // who claimed is shown with the assignment
    CLAIMED("认领办理", EVERY_READER, EVERY_READER),
    UNCLAIMED("放弃认领", EVERY_READER, EVERY_READER),
    // a dispute is between the department and staff, like the dispute record
    DISPUTED("申请调整交办", CONCERNED, CONCERNED),
    DISPUTE_UPHELD("维持交办", CONCERNED, CONCERNED),
    // a reassignment shows in the assignments every reader sees
    REASSIGNED("改交其他单位", EVERY_READER, EVERY_READER),
    // contacts are with the deputy and shown to every reader
    CONTACT_LOGGED("与代表沟通联系", EVERY_READER, EVERY_READER),
    // co-unit opinions go to the departments, never to the deputy
    OPINION_SUBMITTED("提出协办意见", OFFICIALS, OFFICIALS),
    // a waived opinion is the same working exchange, decided by staff
    OPINION_WAIVED("免于协办意见", OFFICIALS, OFFICIALS),
    // drafts and sent-back versions stay in the department until signed off
    REPLY_SUBMITTED("提交答复待签发", CONCERNED, CONCERNED),
    REPLY_APPROVED("签发答复", EVERY_READER, EVERY_READER),
    REPLY_SENT_BACK("退回答复修改", CONCERNED, CONCERNED),
    EVALUATED("代表评价答复", EVERY_READER, EVERY_READER),
    REHANDLING_ORDERED("决定重新办理", EVERY_READER, EVERY_READER),
    REHANDLING_DECLINED("决定不再重新办理", EVERY_READER, EVERY_READER),
    FOLLOW_UP_REPORTED("报告跟踪落实情况", EVERY_READER, EVERY_READER),
    DELIVERED("报告已落实", EVERY_READER, EVERY_READER),
    // the deputy's answer on a delivery is part of the follow-up every reader follows
    DELIVERY_CONFIRMED("代表确认已落实", EVERY_READER, EVERY_READER),
    DELIVERY_DISPUTED("代表对落实情况有异议", EVERY_READER, EVERY_READER),
    DELIVERY_CONFIRMED_BY_STAFF("代表逾期未确认，办委确认已落实", EVERY_READER, EVERY_READER),
    // the year-end explanation is between the department and staff, like a dispute
    EXPLANATION_SUBMITTED("提交年底书面说明", CONCERNED, CONCERNED),
    EXPLANATION_ACCEPTED("认可书面说明", CONCERNED, CONCERNED),
    EXPLANATION_SENT_BACK("退回书面说明", CONCERNED, CONCERNED),
    // every reader learns that more time was asked and the new due date; the reasons stay with the department
    EXTENSION_REQUESTED("申请延期", EVERY_READER, CONCERNED),
    EXTENSION_APPROVED("批准延期", EVERY_READER, EVERY_READER),
    EXTENSION_REFUSED("不批准延期", EVERY_READER, CONCERNED),
    // urging is staff chasing one department, like the urge record
    URGED("催办", CONCERNED, CONCERNED),
    CLOSED_NOT_EVALUATED("按未评价办结", EVERY_READER, EVERY_READER);

    private final String label;
    private final TimelineAudience entryAudience;
    private final TimelineAudience commentAudience;

    TimelineAction(String label, TimelineAudience entryAudience, TimelineAudience commentAudience) {
        this.label = label;
        this.entryAudience = entryAudience;
        this.commentAudience = commentAudience;
    }

    /** The Chinese name shown to people. */
    public String label() {
        return label;
    }

    /** Whether a reader standing so to the entry's department sees the line at all. */
    public boolean shownTo(ReaderRelation reader) {
        return entryAudience.includes(reader);
    }

    /** Whether that reader also reads the line's comment; never without the line. */
    public boolean commentShownTo(ReaderRelation reader) {
        return shownTo(reader) && commentAudience.includes(reader);
    }
}
