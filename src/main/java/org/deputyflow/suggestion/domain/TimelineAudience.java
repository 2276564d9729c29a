package org.deputyflow.suggestion.domain;

/** Who, among the readers of a suggestion, reads a timeline entry or its comment. */
public enum TimelineAudience {
    /** Everyone who may read the suggestion. */
    EVERY_READER,
    /** Staff, council, admins and every assigned department, but no deputy: the departments' working exchange. */
    OFFICIALS,
    /** Staff, council, admins and the department the entry concerns: that department's own business. */
    CONCERNED;

    public boolean includes(ReaderRelation reader) {
        if (reader == ReaderRelation.UNRELATED_DEPARTMENT) {
            return false;
        }
        return switch (this) {
            case EVERY_READER -> true;
            case OFFICIALS -> !reader.deputy();
            case CONCERNED -> reader.overseer() || reader == ReaderRelation.CONCERNED_DEPARTMENT;
        };
    }
}
