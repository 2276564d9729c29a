package org.deputyflow.suggestion.domain;

/** The three-level rating used everywhere: 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED;

    /** The bundle code of its word, for texts the system writes (notifications, timeline). */
    public String label() {
        return "label.suggestion.rating." + name();
    }
}
