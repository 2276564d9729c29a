package org.deputyflow.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.disclosure.domain.Redaction;
import org.deputyflow.disclosure.domain.Redaction.Span;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.domain.ReplyPreview;
import org.deputyflow.disclosure.domain.ReplyPreview.MarkedPassage;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's marks on a reply before it is published: the passages the public must not see, on top of
 * what {@link Redaction} hides by itself, and the preview of the reply exactly as it will be published.
 */
@Service
public class MarkingReplies {

    static final int MAX_MARKS = 200;

    private final ReplyPublicationMapper mapper;
    private final AuditTrail audit;
    private final ReplyPublications publications;

    MarkingReplies(ReplyPublicationMapper mapper, AuditTrail audit, ReplyPublications publications) {
        this.mapper = mapper;
        this.audit = audit;
        this.publications = publications;
    }

    /** Staff mark spans of the reply's content that the public must not see; replaces earlier marks. */
    @Transactional
    public void mark(long replyId, List<Span> spans) {
        ReplyCandidate reply = publications.candidate(replyId);
        int marks = store(replyId, reply.content(), spans, "spans");
        auditMarks("reply.mark", replyId, marks);
    }

    /**
     * Staff mark a passage by its text: every place it occurs in the reply is hidden, on top of the
     * earlier marks. @return how many places were marked
     */
    @Transactional
    public int hide(long replyId, String passage) {
        ReplyCandidate reply = publications.candidate(replyId);
        String content = reply.content();
        String wanted = passage == null ? "" : passage.strip();
        if (!content.contains("\r\n")) {
            // browsers send a textarea's line breaks as CRLF
            wanted = wanted.replace("\r\n", "\n");
        }
        if (wanted.isEmpty()) {
            throw new BadRequestException("passage", "error.disclosure.mark.passageRequired");
        }
        List<Span> spans = new ArrayList<>(mapper.marks(replyId));
        int found = 0;
        for (int at = content.indexOf(wanted); at >= 0; at = content.indexOf(wanted, at + 1)) {
            spans.add(new Span(at, at + wanted.length()));
            found++;
        }
        if (found == 0) {
            throw new BadRequestException("passage", "error.disclosure.mark.passageNotFound");
        }
        int marks = store(replyId, content, spans, "passage");
        // the passage is the reply's own text, which may be personal data: its length only
        audit.record(
                "reply.hide",
                "reply",
                replyId,
                AuditTrail.SUCCESS,
                Map.of("marks", marks, "found", found, "passageLength", wanted.length()));
        return found;
    }

    /** Takes back one mark; the others stay. */
    @Transactional
    public void unmark(long replyId, Span span) {
        ReplyCandidate reply = publications.candidate(replyId);
        List<Span> spans = new ArrayList<>(mapper.marks(replyId));
        if (!spans.remove(span)) {
            throw new NotFoundException("error.disclosure.mark.notFound");
        }
        int marks = store(replyId, reply.content(), spans, "spans");
        auditMarks("reply.unmark", replyId, marks);
    }

    private void auditMarks(String action, long replyId, int marks) {
        audit.record(action, "reply", replyId, AuditTrail.SUCCESS, Map.of("marks", marks));
    }

    /** The reply as the public will see it, redacted by the code the publication uses, with the marks. */
    @Transactional(readOnly = true)
    public ReplyPreview preview(long replyId) {
        ReplyCandidate reply = publications.candidate(replyId);
        List<Span> marks = mapper.marks(replyId);
        List<MarkedPassage> passages = marks.stream()
                .map(span -> new MarkedPassage(span, reply.content().substring(span.start(), span.end())))
                .toList();
        Redaction redaction = publications.redaction();
        return new ReplyPreview(
                reply,
                passages,
                redaction.redact(reply.title()),
                redaction.redact(reply.content(), marks),
                publications.dateOf(reply.reachedDeputyAt()),
                publications.publishesOn(reply.reachedDeputyAt()),
                mapper.review(replyId).orElse(null));
    }

    /** Overlapping marks are stored as one, so two marks never start at the same place. */
    /** @return how many marks the reply has now */
    private int store(long replyId, String content, List<Span> spans, String field) {
        List<Span> merged;
        try {
            merged = Redaction.merge(content, spans);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, "error.disclosure.mark.outsideText");
        }
        if (merged.size() > MAX_MARKS) {
            throw new BadRequestException(field, "error.disclosure.mark.tooMany", MAX_MARKS);
        }
        mapper.deleteMarks(replyId);
        merged.forEach(span -> mapper.insertMark(replyId, span));
        return merged.size();
    }
}
