package org.deputyflow.motion.domain;

/** Where a motion stands; the last five are final, except that NOT_LISTED may still be converted. */
public enum MotionStatus {
    /** 征集附议 */
    AWAITING_SIGNERS,
    /** 格式审查 */
    FORM_CHECK,
    /** 待主席团（常委会）决定 */
    AWAITING_DECISION,
    /** 交专门委员会审议 */
    REFERRED,
    /** 附议不足，已失效 */
    LAPSED,
    /** 格式审查未通过，已退回 */
    RETURNED,
    /** 列入会议议程 */
    ON_AGENDA,
    /** 专门委员会已提出审议报告 */
    COMMITTEE_REPORTED,
    /** 不列入会议议程 */
    NOT_LISTED,
    /** 不列入议程后已转为建议 */
    CONVERTED
}
