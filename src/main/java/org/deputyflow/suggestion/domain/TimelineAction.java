package org.deputyflow.suggestion.domain;

/** Everything a person can do to a suggestion; each action is one timeline line. */
public enum TimelineAction {
    SUBMITTED("提交建议"),
    CO_SIGNATURE_ACCEPTED("同意附议"),
    CO_SIGNATURE_DECLINED("拒绝附议"),
    WITHDRAWAL_AGREED("同意撤回"),
    WITHDRAWN("撤回建议"),
    ACCEPTED("审查立案"),
    RETURNED("退回修改"),
    CONVERTED_TO_LETTER("转作代表来信处理"),
    REVISED("修改建议"),
    MERGED("并案办理"),
    ASSIGNED("交办承办单位"),
    CLAIMED("认领办理"),
    UNCLAIMED("放弃认领"),
    DISPUTED("申请调整交办"),
    DISPUTE_UPHELD("维持交办"),
    REASSIGNED("改交其他单位"),
    CONTACT_LOGGED("与代表沟通联系"),
    OPINION_SUBMITTED("提出协办意见"),
    REPLY_SUBMITTED("提交答复待签发"),
    REPLY_APPROVED("签发答复"),
    REPLY_SENT_BACK("退回答复修改"),
    EVALUATED("代表评价答复"),
    REHANDLING_ORDERED("决定重新办理"),
    REHANDLING_DECLINED("决定不再重新办理"),
    FOLLOW_UP_REPORTED("报告跟踪落实情况"),
    DELIVERED("报告已落实"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENSION_APPROVED("批准延期"),
    EXTENSION_REFUSED("不批准延期"),
    URGED("催办"),
    CLOSED_NOT_EVALUATED("按未评价办结");

    private final String label;

    TimelineAction(String label) {
        this.label = label;
    }

    /** The Chinese name shown to people. */
    public String label() {
        return label;
    }
}
