package org.deputyflow.suggestion.domain;

/** 附议代表的答复 */
public enum SignerAnswer {
    PENDING,
    ACCEPTED,
    DECLINED
}
