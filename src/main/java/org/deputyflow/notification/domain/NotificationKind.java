package org.deputyflow.notification.domain;

/**
 * What a notification is about, so that the inbox can group, filter or style it. Stored by name:
 * a new kind needs no migration, and a kind must never be renamed once notices of it are stored.
 */
public enum NotificationKind {
    CO_SIGNATURE_REQUESTED("附议邀请"),
    SCREENED("审查结果"),
    ASSIGNED("交办"),
    DISPUTE("交办异议"),
    REMINDER("到期提醒"),
    OVERDUE("逾期"),
    URGED("催办"),
    EXTENSION_REQUESTED("延期申请"),
    EXTENSION_DECIDED("延期审批结果"),
    REPLIED("答复"),
    EVALUATED("代表评价"),
    DECISION("办理决定"),
    PROGRESS("办理进展"),
    CLOSED("办结"),
    SUPERVISION("督办"),
    LAPSED("失效");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to people. */
    public String label() {
        return label;
    }
}
