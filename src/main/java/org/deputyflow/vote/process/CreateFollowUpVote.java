package org.deputyflow.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.vote.OpeningVotes;
import org.springframework.stereotype.Component;

@Component(VoteProcess.Delegates.CREATE_FOLLOW_UP)
class CreateFollowUpVote implements JavaDelegate {

    private final OpeningVotes votes;

    CreateFollowUpVote(OpeningVotes votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.createFollowUp((Long) execution.getVariable(VoteProcess.Variables.VOTE_ID));
    }
}
