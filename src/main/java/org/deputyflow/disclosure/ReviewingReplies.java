package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.disclosure.domain.PendingReply;
import org.deputyflow.disclosure.domain.PublishedReply;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.domain.ReplyReview;
import org.deputyflow.disclosure.domain.ReviewState;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.disclosure.process.ReplyReviewWorkflow;
import org.deputyflow.shared.BadRequestException;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.Page;
import org.deputyflow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's review of a reply before it is published (the daily run opens it, {@link ReplyPublications}):
 * approving it for its publication day, holding it back with a reason so that it is never published,
 * or publishing it at once.
 */
@Service
public class ReviewingReplies {

    static final int MAX_REASON = 2000;

    private final ReplyPublicationMapper mapper;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditTrail audit;
    private final ReplyReviewWorkflow workflow;
    private final ReplyPublications publications;

    ReviewingReplies(
            ReplyPublicationMapper mapper,
            CalendarService calendar,
            Clock clock,
            AuditTrail audit,
            ReplyReviewWorkflow workflow,
            ReplyPublications publications) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.workflow = workflow;
        this.publications = publications;
    }

    /** The replies waiting for publication, oldest first, with the day the timer publishes each. */
    @Transactional(readOnly = true)
    public Page<PendingReply> pending(PageRequest request) {
        List<PendingReply> items = mapper.pending(request.offset(), request.size()).stream()
                .map(reply -> reply.on(
                        publications.dateOf(reply.reachedDeputyAt()),
                        publications.publishesOn(reply.reachedDeputyAt())))
                .toList();
        return Page.of(items, request, mapper.countPending());
    }

    /**
     * Staff may publish before the working days are up: publishing is also the review's approval. A reply
     * held back is not published (409).
     */
    @Transactional
    public PublishedReply publishNow(long replyId, CurrentUser by) {
        ReplyCandidate reply = publications.candidate(replyId);
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
        publications.publish(reply, by.login());
        audit.record("reply.publish", "reply", replyId, AuditTrail.SUCCESS, Map.of("serialNo", reply.serialNo()));
        return mapper.bySerialNo(reply.serialNo()).stream()
                .filter(p -> p.replyId() == replyId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Staff approve the reply as previewed: the daily timer publishes it on its publication day, or it is
     * published now when that day has come. @return whether it was published now
     */
    @Transactional
    public boolean approve(long replyId, CurrentUser by) {
        ReplyCandidate reply = publications.candidate(replyId);
        requireOpenReview(replyId);
        workflow.decided(replyId, true);
        decide(replyId, ReviewState.APPROVED, null, by.login(), clock.instant());
        audit.record("reply.approve", "reply", replyId, AuditTrail.SUCCESS, Map.of("serialNo", reply.serialNo()));
        LocalDate due = publications.publishesOn(reply.reachedDeputyAt());
        if (due == null || calendar.today().isBefore(due)) {
            return false;
        }
        publications.publish(reply, by.login());
        audit.record("reply.publish", "reply", replyId, AuditTrail.SUCCESS, Map.of("serialNo", reply.serialNo()));
        return true;
    }

    /** Staff hold the reply back with a reason: it is never published. */
    @Transactional
    public void holdBack(long replyId, String reason, CurrentUser by) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BadRequestException("reason", "error.disclosure.holdBack.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new BadRequestException("reason", "error.disclosure.holdBack.reasonTooLong", MAX_REASON);
        }
        ReplyCandidate reply = publications.candidate(replyId);
        requireOpenReview(replyId);
        workflow.decided(replyId, false);
        decide(replyId, ReviewState.HELD_BACK, why, by.login(), clock.instant());
        // the reason may repeat the reply's personal data: its length only
        audit.record(
                "reply.hold-back",
                "reply",
                replyId,
                AuditTrail.SUCCESS,
                Map.of("serialNo", reply.serialNo(), "reasonLength", why.length()));
    }

    private void requireOpenReview(long replyId) {
        ReplyReview review = mapper.review(replyId)
                .orElseThrow(() -> new ConflictException("error.disclosure.review.notOpen", String.valueOf(replyId)));
        requireNotHeldBack(review);
        if (!review.state().awaitsStaff()) {
            throw new ConflictException("error.disclosure.review.done", String.valueOf(replyId));
        }
    }

    private static void requireNotHeldBack(ReplyReview review) {
        if (review.state() == ReviewState.HELD_BACK) {
            throw new ConflictException("error.disclosure.review.heldBack", String.valueOf(review.replyId()));
        }
    }

    private void decide(long replyId, ReviewState to, String reason, String by, Instant at) {
        if (mapper.decideReview(replyId, ReviewState.OPEN, to, reason, by, at) == 0) {
            throw new ConflictException("error.disclosure.review.done", String.valueOf(replyId));
        }
    }

    /** Staff's review of the reply, if opened; it stays after publication. */
    @Transactional(readOnly = true)
    public Optional<ReplyReview> review(long replyId) {
        return mapper.review(replyId);
    }
}
