package org.deputyflow.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.vote.RectifyingDepartments;
import org.springframework.stereotype.Component;

@Component(VoteProcess.Delegates.FLAG_FOR_INQUIRY)
class FlagDepartmentForInquiry implements JavaDelegate {

    private final RectifyingDepartments votes;

    FlagDepartmentForInquiry(RectifyingDepartments votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.flagForInquiry((Long) execution.getVariable(VoteProcess.Variables.VOTE_ID));
    }
}
