package org.deputyflow.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.vote.RectifyingDepartments;
import org.springframework.stereotype.Component;

@Component(VoteProcess.Delegates.MARK_OVERDUE)
class MarkRectificationOverdue implements JavaDelegate {

    private final RectifyingDepartments votes;

    MarkRectificationOverdue(RectifyingDepartments votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.markRectificationOverdue((Long) execution.getVariable(VoteProcess.Variables.VOTE_ID));
    }
}
