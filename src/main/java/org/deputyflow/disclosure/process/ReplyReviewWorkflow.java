package org.deputyflow.disclosure.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.deputyflow.shared.process.OpenTasks;
import org.springframework.stereotype.Component;

/**
 * A reply's review as the engine sees it, called inside the publication service's transaction so that
 * the review's row and its task move together.
 */
@Component
public class ReplyReviewWorkflow {

    private final RuntimeService runtime;
    private final OpenTasks openTasks;

    ReplyReviewWorkflow(RuntimeService runtime, OpenTasks openTasks) {
        this.runtime = runtime;
        this.openTasks = openTasks;
    }

    /** Opens the staff's review task of a reply. */
    public void open(long replyId, boolean publishUnreviewed) {
        runtime.startProcessInstanceByMessage(
                ReplyPublicationProcess.Messages.REVIEW_REQUESTED,
                Long.toString(replyId),
                Map.of(
                        ReplyPublicationProcess.Variables.REPLY_ID,
                        replyId,
                        ReplyPublicationProcess.Variables.PUBLISH_UNREVIEWED,
                        publishUnreviewed));
    }

    /** Whether the reply's review task is open. */
    public boolean isOpen(long replyId) {
        return openTasks
                .find(ReplyPublicationProcess.KEY, replyId, ReplyPublicationProcess.Elements.REVIEW)
                .isPresent();
    }

    /** Ends the review task with staff's decision; 409 when it is not open. */
    public void decided(long replyId, boolean approved) {
        openTasks.complete(
                ReplyPublicationProcess.KEY,
                replyId,
                ReplyPublicationProcess.Elements.REVIEW,
                "error.disclosure.review.taskNotOpen",
                Map.of(ReplyPublicationProcess.Variables.APPROVED, approved));
    }
}
