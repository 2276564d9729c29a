package org.deputyflow.motion.domain;

/** What the meeting that deliberated a motion on its agenda resolved. */
public enum MeetingOutcome {
    /** 通过为地方性法规 */
    ADOPTED_LAW(true),
    /** 通过为决议、决定 */
    ADOPTED_DECISION(true),
    /** 继续研究、审议 */
    FURTHER_STUDY(false),
    /** 未获通过 */
    NOT_ADOPTED(false);

    private final boolean adopted;

    MeetingOutcome(boolean adopted) {
        this.adopted = adopted;
    }

    /** An adopted law or decision is implemented, and its implementation is reported by a due date. */
    public boolean adopted() {
        return adopted;
    }
}
