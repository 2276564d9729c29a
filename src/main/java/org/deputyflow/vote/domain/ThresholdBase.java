package org.deputyflow.vote.domain;

import org.deputyflow.shared.Text;

/** What a threshold is a share of. */
public enum ThresholdBase {
    /** 全体组成人员：the whole electorate, present or not */
    ALL_MEMBERS,
    /** 出席人员：the members present at the vote */
    PRESENT_MEMBERS;

    public Text label() {
        return Text.of("label.vote.base." + name());
    }

    public int sizeOf(int electorate, int present) {
        return this == ALL_MEMBERS ? electorate : present;
    }
}
