package org.deputyflow.suggestion.domain;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** Where one department stands on one suggestion. */
public enum AssignmentState {
    /** in the department's queue or with a handler */
    HANDLING,
    /** the department says it is the wrong handler; staff decide */
    DISPUTED,
    /** the reply waits for the department leader */
    AWAITING_SIGN_OFF,
    /** the signed-off reply has reached the deputy */
    REPLIED,
    /** a co-unit's opinion is with the lead unit */
    OPINION_GIVEN,
    /** staff waived a co-unit's overdue opinion: its part ended without one */
    OPINION_WAIVED,
    /** staff moved the suggestion to another department */
    REASSIGNED,
    /** handling again after an unsatisfied evaluation */
    REHANDLING,
    /** a B or C reply tracked until delivery */
    FOLLOW_UP,
    /** the department reported delivery; the lead deputy (or staff, once the deputy's time is over) confirms it */
    AWAITING_CONFIRMATION,
    /** the follow-up was still open at the year end: the department owes a written explanation */
    EXPLAINING,
    /** staff accept the department's explanation or send it back */
    EXPLANATION_REVIEW,
    /** nothing more is owed */
    DONE;

    /** A handler works on it now: claim, contacts, drafts. */
    public boolean workable() {
        return this == HANDLING || this == REHANDLING;
    }

    /** A handler may take the department's task: to handle it, or to report a follow-up. */
    public boolean claimable() {
        return workable() || this == FOLLOW_UP;
    }

    /** The department's handlers have a step of their own open here: handling, reporting a follow-up, explaining. */
    public boolean handlersStep() {
        return claimable() || this == EXPLAINING;
    }

    /** A co-unit here still owes its opinion: a dispute does not stop the clock until staff move the work. */
    public boolean owesOpinion() {
        return this == HANDLING || this == DISPUTED;
    }

    /** A replying department here has not had a reply reach the deputy in this round. */
    public boolean owesReply() {
        return owesOpinion() || this == AWAITING_SIGN_OFF || this == REHANDLING;
    }

    /** Before the first reply: the one extension may still be asked for and granted. */
    public boolean beforeFirstReply() {
        return owesOpinion() || this == AWAITING_SIGN_OFF;
    }

    /** The department still owes something that staff may urge: an opinion, a reply, a delivery or an explanation. */
    public boolean stillOwing() {
        return owesReply() || this == FOLLOW_UP || this == EXPLAINING;
    }

    /** The states of which the rule holds, as a query's parameter. */
    public static List<AssignmentState> where(Predicate<AssignmentState> rule) {
        return Arrays.stream(values()).filter(rule).toList();
    }
}
