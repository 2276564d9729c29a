package org.deputyflow.suggestion.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.suggestion.SuggestionAlarms;
import org.springframework.stereotype.Component;

/** A clock's timer fired: remind or escalate, as the element says. Nothing is completed because time passed. */
@Component("clockAlarm")
class ClockAlarm implements JavaDelegate {

    private final SuggestionAlarms alarms;

    ClockAlarm(SuggestionAlarms alarms) {
        this.alarms = alarms;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long suggestionId = (Long) execution.getVariable(SuggestionProcess.VAR_SUGGESTION_ID);
        // a department's clock carries its assignment; the suggestion's own clocks have none
        Long assignmentId = (Long) execution.getVariable(SuggestionProcess.VAR_ASSIGNMENT_ID);
        switch (execution.getCurrentActivityId()) {
            case SuggestionProcess.TASK_SEND_SCREENING_REMINDER -> alarms.screeningReminder(suggestionId);
            case SuggestionProcess.TASK_ESCALATE_SCREENING -> alarms.screeningOverdue(suggestionId);
            case SuggestionProcess.TASK_SEND_EVALUATION_REMINDER -> alarms.evaluationDue(suggestionId);
            case SuggestionProcess.TASK_FIRST_REMINDER -> alarms.departmentReminder(assignmentId, 1);
            case SuggestionProcess.TASK_SECOND_REMINDER -> alarms.departmentReminder(assignmentId, 2);
            case SuggestionProcess.TASK_KEY_HALF_TIME_REMINDER -> alarms.halfTimeReminder(assignmentId);
            case SuggestionProcess.TASK_DEPARTMENT_OVERDUE -> alarms.departmentOverdue(assignmentId);
            case SuggestionProcess.TASK_SEND_FOLLOW_UP_REMINDER -> alarms.followUpReminder(assignmentId);
            case SuggestionProcess.TASK_ESCALATE_FOLLOW_UP -> alarms.followUpOverdue(assignmentId);
            case SuggestionProcess.TASK_CONFIRMATION_LAPSED -> alarms.confirmationLapsed(assignmentId);
            case SuggestionProcess.TASK_REQUEST_EXPLANATION -> alarms.explanationRequested(assignmentId);
            default -> throw new IllegalStateException("no alarm at " + execution.getCurrentActivityId());
        }
    }
}
