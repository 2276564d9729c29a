package org.deputyflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.disclosure.ReplyPublications;
import org.springframework.stereotype.Component;

@Component(ReplyPublicationProcess.Delegates.PUBLISH_UNREVIEWED)
class PublishUnreviewedReply implements JavaDelegate {

    private final ReplyPublications replies;

    PublishUnreviewedReply(ReplyPublications replies) {
        this.replies = replies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        replies.publishUnreviewed((Long) execution.getVariable(ReplyPublicationProcess.Variables.REPLY_ID));
    }
}
