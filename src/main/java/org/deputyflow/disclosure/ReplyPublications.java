package org.deputyflow.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.disclosure.domain.PublishedReply;
import org.deputyflow.disclosure.domain.Redaction;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.domain.ReviewState;
import org.deputyflow.disclosure.persistence.ReplyPublicationMapper;
import org.deputyflow.disclosure.process.ReplyReviewWorkflow;
import org.deputyflow.shared.ConflictException;
import org.deputyflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of replies marked publishable: nothing is published unseen. Once a reply has reached the
 * deputy, the daily timer opens staff's review of it; what staff approve is published
 * {@link PublicationRules#workingDays} (20) working days after it reached the deputy (at once when
 * that day has passed), what they hold back never is, and staff may publish earlier. Only when
 * {@link PublicationRules#graceWorkingDays} is configured does a reply nobody reviewed get published, that
 * many working days after its publication day. Always redacted, never for a confidential suggestion.
 * This class is the daily run and the public reads; staff's review is {@link ReviewingReplies}, their
 * marks and the preview {@link MarkingReplies}.
 */
@Service
public class ReplyPublications {

    static final String SYSTEM = "system";

    private final ReplyPublicationMapper mapper;
    private final CalendarService calendar;
    private final Clock clock;
    private final AuditTrail audit;
    private final PublicationRules rules;
    private final ReplyReviewWorkflow workflow;
    private final Redaction redaction;

    ReplyPublications(
            ReplyPublicationMapper mapper,
            CalendarService calendar,
            Clock clock,
            AuditTrail audit,
            PublicationRules rules,
            ReplyReviewWorkflow workflow,
            RedactionSettings redaction) {
        this.redaction = redaction.redaction();
        this.rules = rules;
        this.workflow = workflow;
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
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
     * Called by the review's grace timer, when the grace period is configured: publishes the reply if
     * nobody reviewed it. Runs again harmlessly (the timer's job may run twice).
     */
    @Transactional
    public void publishUnreviewed(long replyId) {
        Optional<ReplyCandidate> reply = mapper.candidate(replyId);
        Instant now = clock.instant();
        if (reply.isEmpty()
                || mapper.decideReview(replyId, ReviewState.OPEN, ReviewState.LAPSED, null, SYSTEM, now) == 0) {
            return;
        }
        publish(reply.get(), SYSTEM);
        audit.recordAt(
                now,
                "reply.publish",
                SYSTEM,
                "reply",
                replyId,
                AuditTrail.SUCCESS,
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
                audit.recordAt(
                        clock.instant(),
                        "reply.publish",
                        SYSTEM,
                        "reply",
                        reply.replyId(),
                        AuditTrail.SUCCESS,
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
            throw new ConflictException("error.disclosure.reply.notReachedDeputy", String.valueOf(replyId));
        }
        return day;
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

    ReplyCandidate candidate(long replyId) {
        return mapper.candidate(replyId).orElseThrow(() -> new NotFoundException("error.disclosure.reply.noCandidate"));
    }

    void publish(ReplyCandidate reply, String by) {
        mapper.insert(
                reply,
                redaction.redact(reply.title()),
                redaction.redact(reply.content(), mapper.marks(reply.replyId())),
                by,
                clock.instant());
    }

    /** What the publication masks, for a preview that shows the reply as it will be published. */
    Redaction redaction() {
        return redaction;
    }

    LocalDate dateOf(Instant instant) {
        return instant == null ? null : calendar.dateOf(instant);
    }

    LocalDate publishesOn(Instant reachedDeputyAt) {
        return reachedDeputyAt == null
                ? null
                : calendar.addWorkingDays(calendar.dateOf(reachedDeputyAt), rules.workingDays());
    }
}
