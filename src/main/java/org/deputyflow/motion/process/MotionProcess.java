package org.deputyflow.motion.process;

import java.util.Map;
import org.deputyflow.motion.domain.MotionStatus;

/**
 * The names in {@code bpmn/motion-handling.bpmn}: process key, element ids, message and
 * variables. Nobody else spells them. The business key is the motion id; variables hold the id
 * and the gateways' flags only.
 */
public final class MotionProcess {

    public static final String KEY = "motion-handling";

    public static final String START = "Start_MotionSubmitted";
    public static final String TASK_AWAIT_SIGNERS = "Task_AwaitSigners";
    public static final String TIMER_SIGNERS_LAPSE = "Timer_SignersLapse";
    public static final String TASK_CHECK_FORM = "Task_CheckForm";
    public static final String GATEWAY_FORM_CHECK = "Gateway_FormCheck";
    public static final String TASK_DECIDE = "Task_DecideMotion";
    public static final String GATEWAY_DECISION = "Gateway_DecisionOutcome";
    public static final String TASK_RECORD_REPORT = "Task_RecordCommitteeReport";
    public static final String TASK_SECOND_DECISION = "Task_SecondDecision";
    public static final String GATEWAY_SECOND_DECISION = "Gateway_SecondDecision";
    public static final String GATEWAY_ON_AGENDA = "Gateway_OnAgenda";
    public static final String TASK_RECORD_MEETING = "Task_RecordMeetingOutcome";
    public static final String GATEWAY_MEETING_OUTCOME = "Gateway_MeetingOutcome";
    public static final String TASK_REPORT_IMPLEMENTATION = "Task_ReportImplementation";
    public static final String TIMER_IMPLEMENTATION_REMINDER = "Timer_ImplementationReminder";
    public static final String TASK_SEND_IMPLEMENTATION_REMINDER = "Task_SendImplementationReminder";
    public static final String TIMER_IMPLEMENTATION_OVERDUE = "Timer_ImplementationOverdue";
    public static final String TASK_ESCALATE_IMPLEMENTATION = "Task_EscalateImplementation";
    public static final String END_LAPSED = "End_Lapsed";
    public static final String END_RETURNED = "End_Returned";
    public static final String END_NOT_LISTED = "End_NotListed";
    public static final String END_NOT_LISTED_AFTER_REPORT = "End_NotListedAfterReport";
    public static final String END_IMPLEMENTED = "End_Implemented";
    public static final String END_DELIBERATED = "End_Deliberated";
    public static final String END_IMPLEMENTATION_REMINDED = "End_ImplementationReminded";
    public static final String END_IMPLEMENTATION_ESCALATED = "End_ImplementationEscalated";
    /** Ends of the first version of the process, where instances started before it may still arrive. */
    static final String END_ON_AGENDA_V1 = "End_OnAgenda";

    static final String END_COMMITTEE_REPORTED_V1 = "End_CommitteeReported";

    public static final String MESSAGE_SIGNERS_COMPLETE = "MotionSignersComplete";

    public static final String VAR_MOTION_ID = "motionId";
    public static final String VAR_FORM_ACCEPTED = "formAccepted";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_LISTED = "listed";
    public static final String VAR_ADOPTED = "adopted";

    /** The status a motion takes when its process reaches each waiting point or end. */
    public static final Map<String, MotionStatus> STATUS_AT = Map.ofEntries(
            Map.entry(TASK_CHECK_FORM, MotionStatus.FORM_CHECK),
            Map.entry(TASK_DECIDE, MotionStatus.AWAITING_DECISION),
            Map.entry(TASK_RECORD_REPORT, MotionStatus.REFERRED),
            Map.entry(TASK_SECOND_DECISION, MotionStatus.COMMITTEE_REPORTED),
            Map.entry(TASK_RECORD_MEETING, MotionStatus.ON_AGENDA),
            Map.entry(TASK_REPORT_IMPLEMENTATION, MotionStatus.IMPLEMENTING),
            Map.entry(END_LAPSED, MotionStatus.LAPSED),
            Map.entry(END_RETURNED, MotionStatus.RETURNED),
            Map.entry(END_NOT_LISTED, MotionStatus.NOT_LISTED),
            Map.entry(END_NOT_LISTED_AFTER_REPORT, MotionStatus.NOT_LISTED),
            Map.entry(END_IMPLEMENTED, MotionStatus.IMPLEMENTED),
            Map.entry(END_DELIBERATED, MotionStatus.DELIBERATED),
            Map.entry(END_ON_AGENDA_V1, MotionStatus.ON_AGENDA),
            Map.entry(END_COMMITTEE_REPORTED_V1, MotionStatus.COMMITTEE_REPORTED));

    private MotionProcess() {}
}
