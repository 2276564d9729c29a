package org.deputyflow.suggestion.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a department's handler or leader may do now on their own department's part in one
 * suggestion: the same conditions the actions themselves check, so that a page offers only what
 * would succeed (a lost race still ends in a conflict).
 *
 * @param pendingReply the reply waiting for the leader's sign-off, if any
 * @param replyBlocked a lead's handler who may not submit the reply yet, and why: not claimed by
 *                     them, no contact with the deputy logged, co-unit opinions still missing
 */
public record DepartmentActions(
        Assignment assignment,
        Reply pendingReply,
        LocalDate today,
        int maxExtensionMonths,
        boolean claim,
        boolean unclaim,
        boolean dispute,
        boolean contact,
        boolean opinion,
        boolean reply,
        boolean followUp,
        boolean signOff,
        boolean extension,
        boolean replyBlocked,
        boolean needsClaim,
        boolean needsContact,
        int missingOpinions,
        boolean explain) {

    /** The facts the rules look at, read by the service. */
    public record Facts(
            Assignment assignment,
            Reply pendingReply,
            boolean contactLogged,
            int missingOpinions,
            boolean extensionAsked,
            LocalDate today,
            int maxExtensionMonths) {}

    public static DepartmentActions of(Facts facts, String login, boolean handler, boolean leader) {
        Assignment a = facts.assignment();
        AssignmentState state = a.state();
        boolean inHand = state.claimable();
        boolean mine = login.equals(a.claimedBy());
        boolean replyStage = handler && a.role().replies() && state.workable();
        boolean mayReply = replyStage && mine && facts.contactLogged() && facts.missingOpinions() == 0;
        return new DepartmentActions(
                a,
                facts.pendingReply(),
                facts.today(),
                facts.maxExtensionMonths(),
                handler && inHand && a.claimedBy() == null,
                handler && mine,
                handler && state == AssignmentState.HANDLING && !facts.today().isAfter(a.disputeDue()),
                handler && inHand,
                handler && a.role() == AssignmentRole.CO && state == AssignmentState.HANDLING,
                mayReply,
                handler && state == AssignmentState.FOLLOW_UP,
                leader && state == AssignmentState.AWAITING_SIGN_OFF && facts.pendingReply() != null,
                leader && a.role().replies() && state.beforeFirstReply() && !facts.extensionAsked(),
                replyStage && !mayReply,
                !mine,
                !facts.contactLogged(),
                facts.missingOpinions(),
                handler && state == AssignmentState.EXPLAINING);
    }

    /** The date of the clock the department still owes, null when none runs (as on its work lists). */
    public LocalDate due() {
        return assignment.owedDue();
    }

    public boolean overdue() {
        return due() != null && due().isBefore(today);
    }

    public boolean dueSoon(int days) {
        return due() != null && !due().isBefore(today) && !due().isAfter(today.plusDays(days));
    }

    public long daysOverdue() {
        return due() == null ? 0 : ChronoUnit.DAYS.between(due(), today);
    }

    public long daysLeft() {
        return due() == null ? 0 : ChronoUnit.DAYS.between(today, due());
    }

    /** Whether anything at all is offered. */
    public boolean any() {
        return claim || unclaim || dispute || contact || opinion || reply || followUp || signOff || extension
                || explain;
    }
}
