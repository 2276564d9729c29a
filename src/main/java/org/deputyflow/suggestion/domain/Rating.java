package org.deputyflow.suggestion.domain;

/** 满意 / 基本满意 / 不满意 */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
