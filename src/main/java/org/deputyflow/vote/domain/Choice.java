package org.deputyflow.vote.domain;

/** What one ballot says. Anything but the three grades is an invalid ballot, and is counted as such. */
public enum Choice {
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    UNSATISFIED,
    /** 无效票：空白、多选或其他 */
    INVALID;

    /** Reads a ballot as cast: a blank, an unknown word or a different spelling is an invalid ballot, not an error. */
    public static Choice read(String marked) {
        if (marked != null) {
            for (Choice choice : values()) {
                if (choice != INVALID && choice.name().equals(marked)) {
                    return choice;
                }
            }
        }
        return INVALID;
    }
}
