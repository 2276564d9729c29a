package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.deputyflow.disclosure.domain.ReplyReview;
import org.deputyflow.disclosure.domain.ReviewState;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.disclosure.process.ReplyReviewWorkflow;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of replies marked publishable: nothing is published unseen. Once a reply has reached the
 * deputy, the daily timer opens staff's review of it; what staff approve is published
 * {@link PublicationRules#workingDays} (20) working days after it reached the deputy (at once when
 * that day has passed), what they hold back never is, and staff may publish earlier. Only when
 * {@link PublicationRules#graceWorkingDays} is configured does a reply nobody reviewed get published, that
 * many working days after its publication day. Always redacted, never for a confidential suggestion.
 */
@Service
public class ReplyPublications {

    static final String SYSTEM = "system";
    static final int MAX_MARKS = 200;
    static final int MAX_REASON = 2000;

    private final ReplyPublicationMapper mapper;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditTrail audit;
    private final PublicationRules rules;
    private final ReplyReviewWorkflow workflow;

    ReplyPublications(ReplyPublicationMapper mapper, CalendarService calendar, Clock clock, AuditTrail audit,
            PublicationRules rules, ReplyReviewWorkflow workflow) {
        this.rules = rules;
        this.workflow = workflow;
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
                dateOf(reply.reachedDeputyAt()), publishesOn(reply.reachedDeputyAt()),
                mapper.review(replyId).orElse(null));
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

    /**
     * Staff may publish before the working days are up: publishing is also the review's approval. A reply
     * held back is not published (409).
     */
    @Transactional
    public PublishedReply publishNow(long replyId, CurrentUser by) {
        ReplyCandidate reply = candidate(replyId);
        Instant now = clock.instant();
        ReplyReview review = mapper.review(replyId).orElse(null);
        if (review == null) {
            // not yet with the deputy, or the timer has not yet opened the review
            mapper.insertReview(replyId, ReviewState.OPEN, now);
            decide(replyId, ReviewState.APPROVED, null, by.login(), now);
        } else if (review.state() == ReviewState.OPEN) {
            workflow.decided(replyId, true);
            decide(replyId, ReviewState.APPROVED, null, by.login(), now);
        } else {
            // an approved reply may still be published before its day
            requireNotHeldBack(review);
        }
        publish(reply, by.login());
        audit.record("reply.publish", "reply", replyId, AuditTrail.SUCCESS, Map.of("serialNo", reply.serialNo()));
        return mapper.bySerialNo(reply.serialNo()).stream().filter(p -> p.replyId() == replyId).findFirst()
                .orElseThrow();
    }

    /**
     * Called daily by the process: opens staff's review of every reply that reached the deputy and has
     * none yet. @return how many
     */
    @Transactional
    public int openReviews() {
        Instant now = clock.instant();
        List<Long> replies = mapper.unreviewedReachedBefore(now);
        for (long replyId : replies) {
            mapper.insertReview(replyId, ReviewState.OPEN, now);
            workflow.open(replyId, rules.publishesUnreviewed());
        }
        return replies.size();
    }

    /**
     * Staff approve the reply as previewed: the daily timer publishes it on its publication day, or it is
     * published now when that day has come. @return whether it was published now
     */
    @Transactional
    public boolean approve(long replyId, CurrentUser by) {
        ReplyCandidate reply = candidate(replyId);
        requireOpenReview(replyId);
        workflow.decided(replyId, true);
        decide(replyId, ReviewState.APPROVED, null, by.login(), clock.instant());
        audit.record("reply.approve", "reply", replyId, AuditTrail.SUCCESS, Map.of("serialNo", reply.serialNo()));
        LocalDate due = publishesOn(reply.reachedDeputyAt());
        if (due == null || calendar.today().isBefore(due)) {
            return false;
        }
        publish(reply, by.login());
        audit.record("reply.publish", "reply", replyId, AuditTrail.SUCCESS, Map.of("serialNo", reply.serialNo()));
        return true;
    }

    /** Staff hold the reply back with a reason: it is never published. */
    @Transactional
    public void holdBack(long replyId, String reason, CurrentUser by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BadRequestException("reason", "请说明暂缓公开的理由");
        }
        if (why.length() > MAX_REASON) {
            throw new BadRequestException("reason", "理由不能超过 " + MAX_REASON + " 字");
        }
        ReplyCandidate reply = candidate(replyId);
        requireOpenReview(replyId);
        workflow.decided(replyId, false);
        decide(replyId, ReviewState.HELD_BACK, why, by.login(), clock.instant());
        // the reason may repeat the reply's personal data: its length only
        audit.record("reply.hold-back", "reply", replyId, AuditTrail.SUCCESS,
                Map.of("serialNo", reply.serialNo(), "reasonLength", why.length()));
    }

    /**
     * Called by the review's grace timer, when the grace period is configured: publishes the reply if
     * nobody reviewed it. Runs again harmlessly (the timer's job may run twice).
     */
    @Transactional
    public void publishUnreviewed(long replyId) {
        Optional<ReplyCandidate> reply = mapper.candidate(replyId);
        Instant now = clock.instant();
        if (reply.isEmpty() || mapper.decideReview(replyId, ReviewState.OPEN, ReviewState.LAPSED, null, SYSTEM,
                now) == 0) {
            return;
        }
        publish(reply.get(), SYSTEM);
        audit.recordAt(now, "reply.publish", SYSTEM, "reply", replyId, AuditTrail.SUCCESS,
                Map.of("serialNo", reply.get().serialNo(), "unreviewed", true));
    }

    /** Called daily by the process: every approved reply whose working days are over. @return how many */
    @Transactional
    public int publishDue() {
        LocalDate today = calendar.today();
        int published = 0;
        for (ReplyCandidate reply : mapper.approvedReachedBefore(clock.instant())) {
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

    /** The start of the day the timer publishes the reply once approved; the reply has reached the deputy. */
    @Transactional(readOnly = true)
    public Instant publicationDayStarts(long replyId) {
        return calendar.startOfDay(publicationDay(replyId));
    }

    /**
     * The start of the day the grace period ends, on which the timer publishes the reply if nobody reviewed
     * it; without a grace period, the publication day.
     */
    @Transactional(readOnly = true)
    public Instant graceOverAt(long replyId) {
        LocalDate day = publicationDay(replyId);
        Integer grace = rules.graceWorkingDays();
        return calendar.startOfDay(grace == null || grace == 0 ? day : calendar.addWorkingDays(day, grace));
    }

    private LocalDate publicationDay(long replyId) {
        LocalDate day = publishesOn(candidate(replyId).reachedDeputyAt());
        if (day == null) {
            throw new ConflictException("答复 " + replyId + " 尚未送达代表");
        }
        return day;
    }

    private void requireOpenReview(long replyId) {
        ReplyReview review = mapper.review(replyId)
                .orElseThrow(() -> new ConflictException("答复 " + replyId + " 尚未送达代表，还没有待审核的公开"));
        requireNotHeldBack(review);
        if (!review.state().awaitsStaff()) {
            throw new ConflictException("答复 " + replyId + " 的公开已审核过");
        }
    }

    private static void requireNotHeldBack(ReplyReview review) {
        if (review.state() == ReviewState.HELD_BACK) {
            throw new ConflictException("答复 " + review.replyId() + " 已暂缓公开");
        }
    }

    private void decide(long replyId, ReviewState to, String reason, String by, Instant at) {
        if (mapper.decideReview(replyId, ReviewState.OPEN, to, reason, by, at) == 0) {
            throw new ConflictException("答复 " + replyId + " 的公开已审核过");
        }
    }

    /** Staff's review of the reply, if opened; it stays after publication. */
    @Transactional(readOnly = true)
    public Optional<ReplyReview> review(long replyId) {
        return mapper.review(replyId);
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
