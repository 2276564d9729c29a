package org.deputyflow.suggestion.domain;

import java.util.List;
import java.util.Optional;

/**
 * Who reads a suggestion, as far as what they may read of it depends on: a deputy (lead or not),
 * staff, council, an admin, or a department (assigned to the suggestion or not). A department's
 * relation to each recorded thing depends on whether the thing concerns that department.
 */
public record SuggestionReader(ReaderRelation relation, Long departmentId) {

    public SuggestionReader {
        if (relation == null) {
            throw new IllegalArgumentException("a reader needs a relation");
        }
        if ((departmentId != null)
                != (relation == ReaderRelation.OTHER_DEPARTMENT || relation == ReaderRelation.UNRELATED_DEPARTMENT)) {
            throw new IllegalArgumentException("a department reader, and only one, has a department: " + relation);
        }
    }

    public static SuggestionReader leadDeputy() {
        return new SuggestionReader(ReaderRelation.LEAD_DEPUTY, null);
    }

    public static SuggestionReader coSigner() {
        return new SuggestionReader(ReaderRelation.CO_SIGNER, null);
    }

    public static SuggestionReader staff() {
        return new SuggestionReader(ReaderRelation.STAFF, null);
    }

    public static SuggestionReader council() {
        return new SuggestionReader(ReaderRelation.COUNCIL, null);
    }

    public static SuggestionReader admin() {
        return new SuggestionReader(ReaderRelation.ADMIN, null);
    }

    /** A department's handler or leader; {@code assigned} when the department has an active assignment. */
    public static SuggestionReader department(long departmentId, boolean assigned) {
        return new SuggestionReader(
                assigned ? ReaderRelation.OTHER_DEPARTMENT : ReaderRelation.UNRELATED_DEPARTMENT, departmentId);
    }

    public boolean deputy() {
        return relation.deputy();
    }

    /** How this reader stands to something that concerns the given department (none for the suggestion as a whole). */
    public ReaderRelation relationTo(Long concernedDepartmentId) {
        if (relation == ReaderRelation.OTHER_DEPARTMENT && departmentId.equals(concernedDepartmentId)) {
            return ReaderRelation.CONCERNED_DEPARTMENT;
        }
        return relation;
    }

    /** Whether the reader sees a line of this action about that department. */
    public boolean sees(TimelineAction action, Long concernedDepartmentId) {
        return action.shownTo(relationTo(concernedDepartmentId));
    }

    /**
     * Whether the reader reads the words of this action about that department: the comment of its
     * timeline line and the record it describes (a dispute's reason, a draft, an urge's message).
     */
    public boolean reads(TimelineAction action, Long concernedDepartmentId) {
        return action.commentShownTo(relationTo(concernedDepartmentId));
    }

    /** The line as this reader may see it: without its comment, or not at all. */
    public Optional<TimelineEntry> read(TimelineEntry entry) {
        if (!sees(entry.action(), entry.departmentId())) {
            return Optional.empty();
        }
        if (entry.comment() == null || reads(entry.action(), entry.departmentId())) {
            return Optional.of(entry);
        }
        return Optional.of(entry.withoutComment());
    }

    public List<TimelineEntry> read(List<TimelineEntry> timeline) {
        return timeline.stream().map(this::read).flatMap(Optional::stream).toList();
    }
}
