package org.deputyflow.vote;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.tasks.OpenTask;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskItem;
import org.deputyflow.tasks.TaskSource;
import org.deputyflow.vote.domain.Rectification;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.persistence.RectificationMapper;
import org.deputyflow.vote.persistence.VoteMapper;
import org.deputyflow.vote.process.VoteProcess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Votes in the task lists: the staff's opening, counting and review of rectification reports, and
 * the department's report, due by the rectification's date. A vote has no number of its own: its
 * id is what its messages name.
 */
@Service
@Transactional(readOnly = true)
class VoteTasks implements TaskSource {

    private final VoteMapper votes;
    private final RectificationMapper rectifications;

    VoteTasks(VoteMapper votes, RectificationMapper rectifications) {
        this.votes = votes;
        this.rectifications = rectifications;
    }

    @Override
    public RecordType recordType() {
        return RecordType.VOTE;
    }

    @Override
    public String processKey() {
        return VoteProcess.KEY;
    }

    @Override
    public List<TaskItem> describe(List<OpenTask> tasks) {
        // a page holds few vote tasks, and those of one vote share the lookup
        Map<Long, Vote> byId = new HashMap<>();
        return tasks.stream()
                .map(task -> {
                    Vote vote = byId.computeIfAbsent(
                            task.recordId(),
                            id -> votes.findById(id).orElseThrow(() -> NotFoundException.of("vote", id)));
                    LocalDate due = VoteProcess.Elements.SUBMIT_REPORT.equals(task.taskKey())
                            ? rectifications
                                    .find(vote.id())
                                    .map(Rectification::dueDate)
                                    .orElse(null)
                            : null;
                    return task.item(
                            RecordType.VOTE,
                            vote.id(),
                            String.valueOf(vote.id()),
                            vote.title(),
                            vote.departmentId(),
                            due);
                })
                .toList();
    }
}
