package org.deputyflow.disclosure;

import java.util.List;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.disclosure.process.ReplyPublicationProcess;
import org.deputyflow.tasks.OpenTask;
import org.deputyflow.tasks.RecordType;
import org.deputyflow.tasks.TaskItem;
import org.deputyflow.tasks.TaskSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's reviews of replies before publication in the task lists: the record is the reply, named by
 * its suggestion's number and title, due on the day the timer would publish it.
 */
@Service
@Transactional(readOnly = true)
class ReplyReviewTasks implements TaskSource {

    private final ReplyPublicationMapper replies;
    private final CalendarService calendar;

    ReplyReviewTasks(ReplyPublicationMapper replies, CalendarService calendar) {
        this.replies = replies;
        this.calendar = calendar;
    }

    @Override
    public RecordType recordType() {
        return RecordType.REPLY;
    }

    @Override
    public String processKey() {
        return ReplyPublicationProcess.KEY;
    }

    @Override
    public List<TaskItem> describe(List<OpenTask> tasks) {
        // a page holds at most a page size of reviews
        return tasks.stream()
                .map(task -> {
                    ReplyCandidate reply = replies.candidate(task.recordId()).orElse(null);
                    String number = reply == null ? String.valueOf(task.recordId()) : reply.serialNo();
                    String title = reply == null ? "" : reply.title();
                    return task.item(
                            RecordType.REPLY,
                            task.recordId(),
                            number,
                            title,
                            null,
                            task.dueAt() == null ? null : calendar.dateOf(task.dueAt()));
                })
                .toList();
    }
}
