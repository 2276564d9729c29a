package org.deputyflow.suggestion.domain;

/** 沟通联系方式 */
public enum ContactMethod {
    PHONE,
    MEETING,
    VISIT,
    MESSAGE
}
