package org.deputyflow.suggestion.reporting.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.deputyflow.suggestion.domain.AssignmentRole;
import org.deputyflow.suggestion.domain.AssignmentState;
import org.deputyflow.suggestion.domain.SuggestionStatus;

/**
 * The legal clocks whose lapse puts an item on the overdue list, and while which states each
 * clock still runs. Nothing is done automatically when time passes: an item stays on the list
 * until the person who owes it acts.
 */
public enum OverdueClock {
    /** staff owe the screening of a submitted suggestion */
    SCREENING,
    /** a co-unit owes the lead unit its written opinion */
    CO_UNIT_OPINION,
    /** a lead or parallel lead owes the deputy its signed-off reply */
    REPLY,
    /** the deputy owes the evaluation of the replies */
    EVALUATION;

    public static final SuggestionStatus SCREENING_OWED = SuggestionStatus.SUBMITTED;

    public static final SuggestionStatus EVALUATION_OWED = SuggestionStatus.REPLIED;

    /** A dispute does not stop a clock: the department owes the work until staff move it elsewhere. */
    public static final List<AssignmentState> OPINION_OWED = AssignmentState.where(AssignmentState::owesOpinion);

    /** A reply waiting for the leader's sign-off has not reached the deputy yet. */
    public static final List<AssignmentState> REPLY_OWED = AssignmentState.where(AssignmentState::owesReply);

    public static final List<AssignmentRole> REPLYING_ROLES = Arrays.stream(AssignmentRole.values())
            .filter(AssignmentRole::replies)
            .toList();

    /** A department's clock, as opposed to one that staff or the deputy owe. */
    public boolean departmentLevel() {
        return this == CO_UNIT_OPINION || this == REPLY;
    }

    /** Something due today is still on time: it becomes overdue the day after its due date. */
    public static boolean overdue(LocalDate due, LocalDate today) {
        return due.isBefore(today);
    }
}
