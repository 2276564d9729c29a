package org.deputyflow.disclosure.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.deputyflow.disclosure.ReplyPublications;
import org.springframework.stereotype.Component;

@Component(ReplyPublicationProcess.Delegates.OPEN_REVIEWS)
class OpenReplyReviews implements JavaDelegate {

    private final ReplyPublications replies;

    OpenReplyReviews(ReplyPublications replies) {
        this.replies = replies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        replies.openReviews();
    }
}
