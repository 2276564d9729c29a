package org.deputyflow.suggestion.domain;

/** 大会期间 / 闭会期间 */
public enum Period {
    SESSION,
    RECESS
}
