package org.deputyflow.vote.domain;

import org.deputyflow.shared.Text;

/** The result of a vote: the grade the department's work receives. */
public enum Outcome {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    UNSATISFIED;

    /** The grade's name in the reader's language. */
    public Text label() {
        return Text.of("label.vote.outcome." + name());
    }
}
