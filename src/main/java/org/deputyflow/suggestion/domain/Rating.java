package org.deputyflow.suggestion.domain;

/** The three-level rating used everywhere: 满意 / 基本满意 / 不满意. */
public enum Rating {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    UNSATISFIED("不满意");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The Chinese word, for texts the system writes (notifications, timeline). */
    public String label() {
        return label;
    }
}
