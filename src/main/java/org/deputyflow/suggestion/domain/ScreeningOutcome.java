package org.deputyflow.suggestion.domain;

/** 审查结果：立案、退回、作代表来信处理 */
public enum ScreeningOutcome {
    ACCEPT,
    RETURN,
    CONVERT_TO_LETTER
}
