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
    public static final String END_LAPSED = "End_Lapsed";
    public static final String END_RETURNED = "End_Returned";
    public static final String END_ON_AGENDA = "End_OnAgenda";
    public static final String END_COMMITTEE_REPORTED = "End_CommitteeReported";
    public static final String END_NOT_LISTED = "End_NotListed";

    public static final String MESSAGE_SIGNERS_COMPLETE = "MotionSignersComplete";

    public static final String VAR_MOTION_ID = "motionId";
    public static final String VAR_FORM_ACCEPTED = "formAccepted";
    public static final String VAR_OUTCOME = "outcome";

    /** The status a motion takes when its process reaches each waiting point or end. */
    public static final Map<String, MotionStatus> STATUS_AT = Map.of(
            TASK_CHECK_FORM, MotionStatus.FORM_CHECK,
            TASK_DECIDE, MotionStatus.AWAITING_DECISION,
            TASK_RECORD_REPORT, MotionStatus.REFERRED,
            END_LAPSED, MotionStatus.LAPSED,
            END_RETURNED, MotionStatus.RETURNED,
            END_ON_AGENDA, MotionStatus.ON_AGENDA,
            END_COMMITTEE_REPORTED, MotionStatus.COMMITTEE_REPORTED,
            END_NOT_LISTED, MotionStatus.NOT_LISTED);

    private MotionProcess() {
    }
}
