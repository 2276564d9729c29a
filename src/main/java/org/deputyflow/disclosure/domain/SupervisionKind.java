package org.deputyflow.disclosure.domain;

/** What a supervising leader records besides instructions: a visit, or a face-to-face meeting. */
public enum SupervisionKind {
    /** 督办调研: the leader visits the department or the place the suggestion is about */
    VISIT("督办调研"),
    /** 面商/座谈: the leader meets the deputies and the departments together */
    MEETING("面商座谈");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
