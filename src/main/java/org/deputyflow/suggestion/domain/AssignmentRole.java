package org.deputyflow.suggestion.domain;

/** A department's part in one suggestion: 主办, 协办 or 分办. */
public enum AssignmentRole {
    LEAD,
    CO,
    PARALLEL_LEAD;

    /** Leads and parallel leads reply to the deputy; co-units write an opinion to the lead. */
    public boolean replies() {
        return this != CO;
    }
}
