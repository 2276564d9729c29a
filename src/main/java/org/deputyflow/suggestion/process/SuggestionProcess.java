package org.deputyflow.suggestion.process;

import java.util.List;
import java.util.Map;
import org.deputyflow.suggestion.domain.SuggestionStatus;

/**
 * The names in {@code bpmn/suggestion-handling.bpmn}: process key, element ids, messages and
 * variables. Nobody else spells them.
 *
 * <p>The business key is the suggestion id. Variables hold the id and the gateways' flags only;
 * the multi-instance collections are read from our tables by {@link HandlingAssignments} because a
 * list variable would be a serialized Java object.
 *
 * <p>Each department's handling carries four clock timers (event subprocesses that interrupt
 * nothing): two reminders, the overdue escalation and, for key suggestions (重点建议), a reminder at
 * half time. BPMN cannot leave a timer out, so the half-time timer exists in every department's
 * handling: for a suggestion that is not a key one its date is {@link ClockAlarms#NEVER}, and it ends
 * unfired with the department's handling. When the council designates a suggestion key while
 * departments handle it, {@link SuggestionEngine#rescheduleDepartmentTimer} moves the parked timers
 * to half time, if half time is still ahead; an approved extension moves it like the other timers.
 *
 * <p>Each department's follow-up of a B or C reply runs in {@link #SUBPROCESS_FOLLOW_UP}: its report task
 * carries the plan date's reminder and escalation as boundary timers, and a reported delivery waits for
 * the lead deputy's confirmation, whose own timer tells staff when they may confirm in the deputy's stead.
 * At the configured year end a report task still open is interrupted for a written explanation, which
 * staff accept (the follow-up runs on, with next year's year end) or send back.
 */
public final class SuggestionProcess {

    public static final String KEY = "suggestion-handling";

    public static final String TASK_SCREEN = "Task_ScreenSuggestion";
    public static final String TASK_REVISE = "Task_ReviseSuggestion";
    public static final String TASK_ASSIGN = "Task_AssignSuggestion";
    public static final String SUBPROCESS_HANDLING = "SubProcess_DepartmentHandling";
    public static final String TASK_WRITE_OPINION = "Task_WriteOpinion";
    public static final String TASK_HANDLE = "Task_HandleSuggestion";
    public static final String TASK_SIGN_OFF = "Task_SignOffReply";
    public static final String TASK_DECIDE_DISPUTE = "Task_DecideDispute";
    public static final String TASK_EVALUATE = "Task_EvaluateReply";
    public static final String TASK_DECIDE_REHANDLING = "Task_DecideRehandling";
    public static final String SUBPROCESS_FOLLOW_UP = "SubProcess_FollowUp";
    public static final String TASK_FOLLOW_UP = "Task_ReportFollowUp";
    public static final String TASK_CONFIRM_DELIVERY = "Task_ConfirmDelivery";
    public static final String END_FOLLOW_UP_DELIVERED = "End_FollowUpDelivered";
    public static final String TASK_EXPLAIN_FOLLOW_UP = "Task_ExplainFollowUp";
    public static final String TASK_REVIEW_EXPLANATION = "Task_ReviewExplanation";
    public static final String END_CLOSED = "End_Closed";
    public static final String END_CONVERTED = "End_ConvertedToLetter";
    public static final String END_WITHDRAWN = "End_Withdrawn";
    public static final String END_MERGED = "End_Merged";
    public static final String END_REPLY_APPROVED = "End_ReplyApproved";
    public static final String END_OPINION_GIVEN = "End_OpinionGiven";
    public static final String END_OPINION_WAIVED = "End_OpinionWaived";
    public static final String END_REASSIGNED = "End_Reassigned";

    public static final String TASK_SEND_SCREENING_REMINDER = "Task_SendScreeningReminder";
    public static final String TASK_ESCALATE_SCREENING = "Task_EscalateScreening";
    public static final String TASK_SEND_EVALUATION_REMINDER = "Task_SendEvaluationReminder";
    public static final String TASK_FIRST_REMINDER = "Task_FirstReminder";
    public static final String TASK_SECOND_REMINDER = "Task_SecondReminder";
    public static final String TASK_DEPARTMENT_OVERDUE = "Task_DepartmentOverdue";
    public static final String TASK_KEY_HALF_TIME_REMINDER = "Task_KeyHalfTimeReminder";
    public static final String TASK_SEND_FOLLOW_UP_REMINDER = "Task_SendFollowUpReminder";
    public static final String TASK_ESCALATE_FOLLOW_UP = "Task_EscalateFollowUp";
    public static final String TASK_CONFIRMATION_LAPSED = "Task_ConfirmationLapsed";
    public static final String TASK_REQUEST_EXPLANATION = "Task_RequestExplanation";
    public static final String TIMER_YEAR_END_EXPLANATION = "Timer_YearEndExplanation";
    public static final String TIMER_FOLLOW_UP_REMINDER = "Timer_FollowUpReminder";
    public static final String TIMER_FOLLOW_UP_OVERDUE = "Timer_FollowUpOverdue";
    public static final String TIMER_CONFIRMATION_DUE = "Timer_ConfirmationDue";
    public static final String TIMER_FIRST_REMINDER = "Start_FirstReminder";
    public static final String TIMER_SECOND_REMINDER = "Start_SecondReminder";
    public static final String TIMER_DEPARTMENT_OVERDUE = "Start_DepartmentOverdue";
    public static final String TIMER_KEY_HALF_TIME = "Start_KeyHalfTimeReminder";
    /** The timer start events of a department's clock, rescheduled when its due date moves. */
    public static final List<String> DEPARTMENT_CLOCK_TIMERS =
            List.of(TIMER_FIRST_REMINDER, TIMER_SECOND_REMINDER, TIMER_DEPARTMENT_OVERDUE, TIMER_KEY_HALF_TIME);

    public static final String MESSAGE_WITHDRAWN = "SuggestionWithdrawn";
    public static final String MESSAGE_MERGED = "SuggestionMerged";

    public static final String VAR_SUGGESTION_ID = "suggestionId";
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";
    public static final String VAR_SCREENING_OUTCOME = "screeningOutcome";
    public static final String VAR_CO_UNIT = "coUnit";
    public static final String VAR_HANDLING_OUTCOME = "handlingOutcome";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_DISPUTE_UPHELD = "disputeUpheld";
    public static final String VAR_NEEDS_REHANDLING_DECISION = "needsRehandlingDecision";
    public static final String VAR_REHANDLING_REQUIRED = "rehandlingRequired";
    public static final String VAR_NEEDS_FOLLOW_UP = "needsFollowUp";
    public static final String VAR_DELIVERY_CONFIRMED = "deliveryConfirmed";
    public static final String VAR_EXPLANATION_ACCEPTED = "explanationAccepted";

    public static final String OUTCOME_REPLY = "REPLY";
    public static final String OUTCOME_OPINION = "OPINION";
    public static final String OUTCOME_OPINION_WAIVED = "OPINION_WAIVED";
    public static final String OUTCOME_DISPUTE = "DISPUTE";

    /** The status a suggestion takes when the process reaches these elements. */
    static final Map<String, SuggestionStatus> STATUS_AT = Map.of(
            TASK_SCREEN, SuggestionStatus.SUBMITTED,
            TASK_REVISE, SuggestionStatus.RETURNED,
            TASK_ASSIGN, SuggestionStatus.ACCEPTED,
            TASK_EVALUATE, SuggestionStatus.REPLIED,
            TASK_DECIDE_REHANDLING, SuggestionStatus.AWAITING_REHANDLING_DECISION,
            SUBPROCESS_FOLLOW_UP, SuggestionStatus.FOLLOW_UP,
            END_CLOSED, SuggestionStatus.CLOSED,
            END_CONVERTED, SuggestionStatus.CONVERTED_TO_LETTER,
            END_WITHDRAWN, SuggestionStatus.WITHDRAWN,
            END_MERGED, SuggestionStatus.MERGED);

    private SuggestionProcess() {}

    /** The leaders of a department sign off its replies: a group of their own beside the department's queue. */
    public static String leadersGroup(String departmentCode) {
        return departmentCode + "-leaders";
    }
}
