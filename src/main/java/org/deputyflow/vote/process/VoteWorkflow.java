package org.deputyflow.vote.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.deputyflow.shared.process.OpenTasks;
import org.deputyflow.vote.domain.Outcome;
import org.springframework.stereotype.Component;

/**
 * The vote's steps as the engine sees them. The vote's use cases call it inside their own transaction,
 * so a vote's record and its process instance always move together. Ballots never come here: the
 * engine's history would record who acted when.
 */
@Component
public class VoteWorkflow {

    private final RuntimeService runtime;
    private final OpenTasks openTasks;

    VoteWorkflow(RuntimeService runtime, OpenTasks openTasks) {
        this.runtime = runtime;
        this.openTasks = openTasks;
    }

    public void started(long voteId, String departmentCode) {
        runtime.startProcessInstanceByKey(
                VoteProcess.KEY,
                businessKey(voteId),
                Map.of(
                        VoteProcess.Variables.VOTE_ID, voteId,
                        VoteProcess.Variables.DEPARTMENT_CODE, departmentCode));
    }

    public void opened(long voteId) {
        complete(voteId, VoteProcess.Elements.OPEN_VOTE, "error.vote.step.openVote", Map.of());
    }

    /**
     * @param rectificationDue when a rectification report becomes overdue, or null if none is owed
     */
    public void closed(long voteId, Outcome outcome, boolean formalInquiry, Instant rectificationDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VoteProcess.Variables.OUTCOME, outcome.name());
        variables.put(VoteProcess.Variables.FORMAL_INQUIRY, formalInquiry);
        if (rectificationDue != null) {
            variables.put(VoteProcess.Variables.RECTIFICATION_DUE, Date.from(rectificationDue));
        }
        complete(voteId, VoteProcess.Elements.CLOSE_VOTE, "error.vote.step.closeVote", variables);
    }

    public void reportSubmitted(long voteId) {
        complete(voteId, VoteProcess.Elements.SUBMIT_REPORT, "error.vote.step.submitReport", Map.of());
    }

    public void reportReviewed(long voteId, boolean accepted) {
        complete(
                voteId,
                VoteProcess.Elements.REVIEW_REPORT,
                "error.vote.step.reviewReport",
                Map.of(VoteProcess.Variables.REPORT_ACCEPTED, accepted));
    }

    /** @param notOpen the refusal when the step is not open: the vote's process has moved on */
    private void complete(long voteId, String taskKey, String notOpen, Map<String, Object> variables) {
        openTasks.complete(VoteProcess.KEY, voteId, taskKey, notOpen, variables);
    }

    static String businessKey(long voteId) {
        return Long.toString(voteId);
    }
}
