package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.PublishedReply;
import org.deputyflow.disclosure.domain.Redaction;
import org.deputyflow.disclosure.domain.Redaction.Span;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of replies marked publishable: 20 working days after they reached the deputy, or
 * earlier when staff publish them, always redacted, never for a confidential suggestion.
 */
@Service
public class ReplyPublications {

    public static final int WORKING_DAYS = 20;
    static final String SYSTEM = "system";

    private final ReplyPublicationMapper mapper;
    private final CalendarService calendar;
    private final Clock clock;

    ReplyPublications(ReplyPublicationMapper mapper, CalendarService calendar, Clock clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Staff mark spans of the reply's content that the public must not see; replaces earlier marks. */
    @Transactional
    public void mark(long replyId, List<Span> spans) {
        ReplyCandidate reply = candidate(replyId);
        try {
            Redaction.redact(reply.content(), spans);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("spans", e.getMessage());
        }
        mapper.deleteMarks(replyId);
        spans.stream().distinct().forEach(span -> mapper.insertMark(replyId, span));
    }

    /** Staff may publish before the 20 working days are up. */
    @Transactional
    public PublishedReply publishNow(long replyId, CurrentUser by) {
        ReplyCandidate reply = candidate(replyId);
        publish(reply, by.login());
        return mapper.bySerialNo(reply.serialNo()).stream().filter(p -> p.replyId() == replyId).findFirst()
                .orElseThrow();
    }

    /** Called daily by the process: every reply whose 20 working days are over. @return how many */
    @Transactional
    public int publishDue() {
        LocalDate today = calendar.today();
        int published = 0;
        for (ReplyCandidate reply : mapper.candidatesReachedBefore(clock.instant())) {
            LocalDate due = calendar.addWorkingDays(calendar.dateOf(reply.reachedDeputyAt()), WORKING_DAYS);
            if (!today.isBefore(due)) {
                publish(reply, SYSTEM);
                published++;
            }
        }
        return published;
    }

    @Transactional(readOnly = true)
    public List<PublishedReply> published(String serialNo) {
        return mapper.bySerialNo(serialNo);
    }

    @Transactional(readOnly = true)
    public List<PublishedReply> latest(int limit) {
        return mapper.latest(limit);
    }

    private ReplyCandidate candidate(long replyId) {
        return mapper.candidate(replyId)
                .orElseThrow(() -> new NotFoundException("没有可以公开的该答复（须已签发、标为可公开、建议不涉密且尚未公开）"));
    }

    private void publish(ReplyCandidate reply, String by) {
        mapper.insert(reply, Redaction.redact(reply.title()), Redaction.redact(reply.content(), mapper.marks(reply.replyId())),
                by, clock.instant());
    }
}
