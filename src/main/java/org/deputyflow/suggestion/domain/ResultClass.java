package org.deputyflow.suggestion.domain;

/** A 类 solved, B 类 in this year's plan, C 类 planned later, D 类 for reference only. */
public enum ResultClass {
    A,
    B,
    C,
    D;

    /** B and C promise something later: a plan date and follow-up until delivered. */
    public boolean promisesLater() {
        return this == B || this == C;
    }
}
