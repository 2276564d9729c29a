package org.deputyflow.motion.domain;

/**
 * Where a motion stands. LAPSED, RETURNED, IMPLEMENTED, DELIBERATED and CONVERTED are final;
 * NOT_LISTED is final unless the motion is converted into a suggestion.
 */
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
    /** 列入会议议程，待登记会议审议结果 */
    ON_AGENDA,
    /** 专门委员会已提出审议报告，待主任会议（主席团）决定是否列入常委会会议议程 */
    COMMITTEE_REPORTED,
    /** 不列入会议议程 */
    NOT_LISTED,
    /** 不列入议程后已转为建议 */
    CONVERTED,
    /** 会议通过为法规或决定，待报告实施情况 */
    IMPLEMENTING,
    /** 已报告实施情况 */
    IMPLEMENTED,
    /** 会议审议后继续研究或未获通过 */
    DELIBERATED
}
