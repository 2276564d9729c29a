package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deputyflow.calendar.CalendarService;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.PendingReply;
import org.deputyflow.disclosure.domain.PublishedReply;
import org.deputyflow.disclosure.domain.Redaction;
import org.deputyflow.disclosure.domain.Redaction.Span;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.domain.ReplyPreview;
import org.deputyflow.disclosure.domain.ReplyPreview.MarkedPassage;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of replies marked publishable: {@link PublicationRules#workingDays} (20) working days
 * after they reached the deputy, or earlier when staff publish them, always redacted, never for a
 * confidential suggestion.
 */
@Service
public class ReplyPublications {

    static final String SYSTEM = "system";
    static final int MAX_MARKS = 200;

    private final ReplyPublicationMapper mapper;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditTrail audit;
    private final PublicationRules rules;

    ReplyPublications(ReplyPublicationMapper mapper, CalendarService calendar, Clock clock, AuditTrail audit,
            PublicationRules rules) {
        this.rules = rules;
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
    }

    /** Staff mark spans of the reply's content that the public must not see; replaces earlier marks. */
    @Transactional
    public void mark(long replyId, List<Span> spans) {
        ReplyCandidate reply = candidate(replyId);
        int marks = store(replyId, reply.content(), spans, "spans");
        auditMarks("reply.mark", replyId, marks);
    }

    /**
     * Staff mark a passage by its text: every place it occurs in the reply is hidden, on top of the
     * earlier marks. @return how many places were marked
     */
    @Transactional
    public int hide(long replyId, String passage) {
        ReplyCandidate reply = candidate(replyId);
        String content = reply.content();
        String wanted = passage == null ? "" : passage.strip();
        if (!content.contains("\r\n")) {
            // browsers send a textarea's line breaks as CRLF
            wanted = wanted.replace("\r\n", "\n");
        }
        if (wanted.isEmpty()) {
            throw new BadRequestException("passage", "请填写要隐去的原文");
        }
        List<Span> spans = new ArrayList<>(mapper.marks(replyId));
        int found = 0;
        for (int at = content.indexOf(wanted); at >= 0; at = content.indexOf(wanted, at + 1)) {
            spans.add(new Span(at, at + wanted.length()));
            found++;
        }
        if (found == 0) {
            throw new BadRequestException("passage", "答复原文中没有这段文字，请从答复中原样复制");
        }
        int marks = store(replyId, content, spans, "passage");
        // the passage is the reply's own text, which may be personal data: its length only
        audit.record("reply.hide", "reply", replyId, AuditTrail.SUCCESS, Map.of("marks", marks, "found", found,
                "passageLength", wanted.length()));
        return found;
    }

    /** Takes back one mark; the others stay. */
    @Transactional
    public void unmark(long replyId, Span span) {
        ReplyCandidate reply = candidate(replyId);
        List<Span> spans = new ArrayList<>(mapper.marks(replyId));
        if (!spans.remove(span)) {
            throw new NotFoundException("没有这处标记");
        }
        int marks = store(replyId, reply.content(), spans, "spans");
        auditMarks("reply.unmark", replyId, marks);
    }

    private void auditMarks(String action, long replyId, int marks) {
        audit.record(action, "reply", replyId, AuditTrail.SUCCESS, Map.of("marks", marks));
    }

    /** The replies waiting for publication, oldest first, with the day the timer publishes each. */
    @Transactional(readOnly = true)
    public Page<PendingReply> pending(PageRequest request) {
        List<PendingReply> items = mapper.pending(request.offset(), request.size()).stream()
                .map(reply -> reply.on(dateOf(reply.reachedDeputyAt()), publishesOn(reply.reachedDeputyAt()))).toList();
        return Page.of(items, request, mapper.countPending());
    }

    /** The reply as the public will see it, redacted by the code the publication uses, with the marks. */
    @Transactional(readOnly = true)
    public ReplyPreview preview(long replyId) {
        ReplyCandidate reply = candidate(replyId);
        List<Span> marks = mapper.marks(replyId);
        List<MarkedPassage> passages = marks.stream()
                .map(span -> new MarkedPassage(span, reply.content().substring(span.start(), span.end()))).toList();
        return new ReplyPreview(reply, passages, Redaction.redact(reply.title()), Redaction.redact(reply.content(), marks),
                dateOf(reply.reachedDeputyAt()), publishesOn(reply.reachedDeputyAt()));
    }

    private LocalDate dateOf(Instant instant) {
        return instant == null ? null : calendar.dateOf(instant);
    }

    private LocalDate publishesOn(Instant reachedDeputyAt) {
        return reachedDeputyAt == null ? null
                : calendar.addWorkingDays(calendar.dateOf(reachedDeputyAt), rules.workingDays());
    }

    /** Overlapping marks are stored as one, so two marks never start at the same place. */
    /** @return how many marks the reply has now */
    private int store(long replyId, String content, List<Span> spans, String field) {
        List<Span> merged;
        try {
            merged = Redaction.merge(content, spans);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, e.getMessage());
        }
        if (merged.size() > MAX_MARKS) {
            throw new BadRequestException(field, "标记过多（最多 " + MAX_MARKS + " 处），请标记更长的段落");
        }
        mapper.deleteMarks(replyId);
        merged.forEach(span -> mapper.insertMark(replyId, span));
        return merged.size();
    }

    /** Staff may publish before the working days are up. */
    @Transactional
    public PublishedReply publishNow(long replyId, CurrentUser by) {
        ReplyCandidate reply = candidate(replyId);
        publish(reply, by.login());
        audit.record("reply.publish", "reply", replyId, AuditTrail.SUCCESS, Map.of("serialNo", reply.serialNo()));
        return mapper.bySerialNo(reply.serialNo()).stream().filter(p -> p.replyId() == replyId).findFirst()
                .orElseThrow();
    }

    /** Called daily by the process: every reply whose working days are over. @return how many */
    @Transactional
    public int publishDue() {
        LocalDate today = calendar.today();
        int published = 0;
        for (ReplyCandidate reply : mapper.candidatesReachedBefore(clock.instant())) {
            LocalDate due = publishesOn(reply.reachedDeputyAt());
            if (!today.isBefore(due)) {
                publish(reply, SYSTEM);
                audit.recordAt(clock.instant(), "reply.publish", SYSTEM, "reply", reply.replyId(), AuditTrail.SUCCESS,
                        Map.of("serialNo", reply.serialNo()));
                published++;
            }
        }
        return published;
    }

    /** How many working days after reaching the deputy a reply is published. */
    public int workingDays() {
        return rules.workingDays();
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
