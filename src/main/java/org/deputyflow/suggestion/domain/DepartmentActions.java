package org.deputyflow.suggestion.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.deputyflow.shared.Permissions;

/**
 * What a department's handler or leader may do now on their own department's part in one
 * suggestion, read from {@link SuggestionPolicy}: the policy the actions themselves check, so that a
 * page offers only what would succeed (a lost race still ends in a conflict).
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

    /** What the panel shows beside the actions, read by the service. */
    public record Facts(
            Assignment assignment,
            Reply pendingReply,
            boolean contactLogged,
            int missingOpinions,
            LocalDate today,
            int maxExtensionMonths) {}

    /** What keeps a lead's handler from submitting the reply, while everything else about it would do. */
    private static final Set<String> REPLY_BLOCKERS = Set.of(
            "error.suggestion.reply.claimFirst",
            "error.suggestion.reply.contactFirst",
            "error.suggestion.reply.opinionsMissing");

    public static DepartmentActions of(Permissions<SuggestionAction> permissions, Facts facts, String login) {
        Assignment a = facts.assignment();
        boolean reply = permissions.allows(SuggestionAction.SUBMIT_REPLY);
        boolean replyBlocked = permissions
                .refusal(SuggestionAction.SUBMIT_REPLY)
                .filter(r -> REPLY_BLOCKERS.contains(r.code()))
                .isPresent();
        return new DepartmentActions(
                a,
                facts.pendingReply(),
                facts.today(),
                facts.maxExtensionMonths(),
                permissions.allows(SuggestionAction.CLAIM),
                permissions.allows(SuggestionAction.UNCLAIM),
                permissions.allows(SuggestionAction.DISPUTE),
                permissions.allows(SuggestionAction.LOG_CONTACT),
                permissions.allows(SuggestionAction.SUBMIT_OPINION),
                reply,
                permissions.allows(SuggestionAction.REPORT_FOLLOW_UP),
                permissions.allows(SuggestionAction.SIGN_OFF),
                permissions.allows(SuggestionAction.REQUEST_EXTENSION),
                replyBlocked,
                !login.equals(a.claimedBy()),
                !facts.contactLogged(),
                facts.missingOpinions(),
                permissions.allows(SuggestionAction.EXPLAIN));
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
