package org.deputyflow.motion.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.motion.domain.AgendaDecision;
import org.deputyflow.motion.domain.DecisionOutcome;
import org.deputyflow.motion.domain.MeetingOutcome;
import org.deputyflow.motion.domain.Motion;
import org.deputyflow.motion.domain.MotionAtMeeting;
import org.deputyflow.motion.domain.MotionCount;
import org.deputyflow.motion.domain.MotionDeliberation;
import org.deputyflow.motion.domain.MotionListingCount;
import org.deputyflow.motion.domain.MotionSigner;
import org.deputyflow.motion.domain.MotionStatus;
import org.deputyflow.motion.domain.MotionSummary;
import org.deputyflow.motion.domain.MotionTask;
import org.deputyflow.motion.domain.MotionTimelineAction;
import org.deputyflow.motion.domain.MotionTimelineEntry;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.SignerAnswer;

@Mapper
public interface MotionMapper {

    void insert(
            @Param("number") String number,
            @Param("title") String title,
            @Param("reason") String reason,
            @Param("basis") String basis,
            @Param("proposal") String proposal,
            @Param("period") Period period,
            @Param("status") MotionStatus status,
            @Param("leadDeputyId") long leadDeputyId,
            @Param("createdAt") Instant createdAt,
            @Param("signingDue") LocalDate signingDue,
            @Param("key") GeneratedKey key);

    Optional<Motion> findById(@Param("id") long id);

    List<Motion> findByIds(@Param("ids") Collection<Long> ids);

    Optional<Motion> lockById(@Param("id") long id);

    void updateStatus(@Param("id") long id, @Param("status") MotionStatus status);

    void review(@Param("id") long id, @Param("comment") String comment);

    void decide(
            @Param("id") long id,
            @Param("outcome") DecisionOutcome outcome,
            @Param("committee") String committee,
            @Param("comment") String comment,
            @Param("decidedAt") Instant decidedAt,
            @Param("reportDue") LocalDate reportDue,
            @Param("meetingId") Long meetingId);

    void report(
            @Param("id") long id,
            @Param("report") String report,
            @Param("recommendation") AgendaDecision recommendation,
            @Param("reportedAt") Instant reportedAt);

    /** Null while nothing has happened after the first decision (MyBatis maps an all-null row to null). */
    MotionDeliberation findDeliberationRow(@Param("id") long id);

    default MotionDeliberation findDeliberation(long id) {
        MotionDeliberation row = findDeliberationRow(id);
        return row == null ? MotionDeliberation.NONE : row;
    }

    void secondDecide(
            @Param("id") long id,
            @Param("decision") AgendaDecision decision,
            @Param("comment") String comment,
            @Param("at") Instant at,
            @Param("meetingId") Long meetingId);

    void recordMeeting(
            @Param("id") long id,
            @Param("meetingDate") LocalDate meetingDate,
            @Param("meetingNumber") String meetingNumber,
            @Param("outcome") MeetingOutcome outcome,
            @Param("comment") String comment,
            @Param("at") Instant at,
            @Param("implementationDue") LocalDate implementationDue,
            @Param("meetingId") Long meetingId);

    /** Motions whose decision, second decision or deliberation refers to the meeting. */
    long countReferringTo(@Param("meetingId") long meetingId);

    /** The council's first decisions taken at these meetings. */
    List<MotionAtMeeting> decidedAt(@Param("meetingIds") Collection<Long> meetingIds);

    /** The council's second decisions taken at these meetings. */
    List<MotionAtMeeting> secondDecidedAt(@Param("meetingIds") Collection<Long> meetingIds);

    /** The outcomes these standing committee meetings resolved. */
    List<MotionAtMeeting> deliberatedAt(@Param("meetingIds") Collection<Long> meetingIds);

    void reportImplementation(@Param("id") long id, @Param("report") String report, @Param("at") Instant at);

    /** Motions submitted from {@code from} until {@code until} that went past the first decision, with overdue reports on {@code today}. */
    List<MotionListingCount> countAfterListing(
            @Param("from") Instant from, @Param("until") Instant until, @Param("today") LocalDate today);

    void convert(
            @Param("id") long id,
            @Param("suggestionId") long suggestionId,
            @Param("suggestionNumber") String suggestionNumber);

    long count(@Param("s") MotionSearch search);

    List<MotionSummary> search(
            @Param("s") MotionSearch search, @Param("offset") long offset, @Param("limit") int limit);

    /**
     * Motions in one of the statuses the caller's roles act on, or in the {@code signing} status with the deputy's
     * answer still pending.
     */
    long countTasks(
            @Param("statuses") List<MotionStatus> statuses,
            @Param("signing") MotionStatus signing,
            @Param("deputyId") Long deputyId);

    List<MotionTask> tasks(
            @Param("statuses") List<MotionStatus> statuses,
            @Param("signing") MotionStatus signing,
            @Param("deputyId") Long deputyId,
            @Param("offset") long offset,
            @Param("limit") int limit);

    /** Motions submitted from {@code from} (inclusive) until {@code until} (exclusive), per status and outcome. */
    List<MotionCount> countByStatusAndOutcome(@Param("from") Instant from, @Param("until") Instant until);

    boolean visible(@Param("id") long id, @Param("s") MotionSearch scope);

    /**
     * Adds one to the year's counter, creating it at 1 in the same statement: the row stays locked
     * until the transaction ends, and two first submissions of a year never race to create it.
     */
    void incrementNumberYear(@Param("year") int year);

    Integer findNumberYear(@Param("year") int year);

    void insertSigner(
            @Param("motionId") long motionId,
            @Param("deputyId") long deputyId,
            @Param("lead") boolean lead,
            @Param("answer") SignerAnswer answer,
            @Param("answeredAt") Instant answeredAt);

    List<MotionSigner> findSigners(@Param("motionId") long motionId);

    void answer(
            @Param("motionId") long motionId,
            @Param("deputyId") long deputyId,
            @Param("answer") SignerAnswer answer,
            @Param("at") Instant at);

    void insertTimeline(
            @Param("motionId") long motionId,
            @Param("at") Instant at,
            @Param("actor") String actor,
            @Param("actorName") String actorName,
            @Param("action") MotionTimelineAction action,
            @Param("comment") String comment,
            @Param("commentTexts") String commentTexts);

    List<MotionTimelineEntry> findTimeline(@Param("motionId") long motionId);
}
