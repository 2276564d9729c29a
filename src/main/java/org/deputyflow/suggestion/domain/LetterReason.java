package org.deputyflow.suggestion.domain;

/** Why a submission is handled as a letter (作代表来信处理) rather than as a suggestion. */
public enum LetterReason {
    /** 不属于本级人大职权范围 */
    OUTSIDE_AUTHORITY,
    /** 个人或家庭事务 */
    PERSONAL_MATTER,
    /** 涉及诉讼、仲裁案件 */
    JUDICIAL_CASE,
    /** 转交的来信 */
    FORWARDED_LETTER,
    /** 学术探讨或广告宣传 */
    ACADEMIC_OR_ADVERTISING,
    /** 没有具体内容 */
    NO_CONCRETE_CONTENT,
    /** 内容违法 */
    ILLEGAL_CONTENT
}
