package org.deputyflow.suggestion.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.CoUnitOpinion;
import org.deputyflow.suggestion.domain.ContactMethod;
import org.deputyflow.suggestion.domain.ContactRecord;
import org.deputyflow.suggestion.domain.Evaluation;
import org.deputyflow.suggestion.domain.FollowUp;
import org.deputyflow.suggestion.domain.FollowUpClock;
import org.deputyflow.suggestion.domain.FollowUpExplanation;
import org.deputyflow.suggestion.domain.Rating;
import org.deputyflow.suggestion.domain.Reply;
import org.deputyflow.suggestion.domain.ResultClass;

/**
 * What departments and deputies write while a suggestion is handled; all of it read per suggestion.
 * Opinions and replies carry a MEDIUMTEXT column and are read through a join with the assignment:
 * MariaDB sorts such a join in a temporary table on disk, a file made and removed for every read, and
 * the replies are read by most actions. So their queries return the rows unsorted, and the methods
 * callers use sort them by id, the order they were written in.
 */
@Mapper
public interface HandlingRecordMapper {

    void insertContact(
            @Param("assignmentId") long assignmentId,
            @Param("method") ContactMethod method,
            @Param("contactedAt") Instant contactedAt,
            @Param("summary") String summary,
            @Param("recordedBy") String recordedBy,
            @Param("recordedAt") Instant recordedAt,
            @Param("key") GeneratedKey key);

    List<ContactRecord> findContacts(@Param("suggestionId") long suggestionId);

    long countContacts(@Param("assignmentId") long assignmentId);

    void insertOpinion(
            @Param("assignmentId") long assignmentId,
            @Param("content") String content,
            @Param("writtenBy") String writtenBy,
            @Param("writtenAt") Instant writtenAt,
            @Param("key") GeneratedKey key);

    List<CoUnitOpinion> findOpinionRows(@Param("suggestionId") long suggestionId);

    default List<CoUnitOpinion> findOpinions(long suggestionId) {
        return inIdOrder(findOpinionRows(suggestionId), CoUnitOpinion::id);
    }

    void insertReply(
            @Param("assignmentId") long assignmentId,
            @Param("round") int round,
            @Param("resultClass") ResultClass resultClass,
            @Param("content") String content,
            @Param("planDate") LocalDate planDate,
            @Param("publishable") boolean publishable,
            @Param("notPublishableReason") String notPublishableReason,
            @Param("writtenBy") String writtenBy,
            @Param("writtenAt") Instant writtenAt,
            @Param("key") GeneratedKey key);

    List<Reply> findReplyRows(@Param("suggestionId") long suggestionId);

    default List<Reply> findReplies(long suggestionId) {
        return inIdOrder(findReplyRows(suggestionId), Reply::id);
    }

    Optional<Reply> findReplyById(@Param("id") long id);

    void decideReply(
            @Param("id") long id,
            @Param("approved") boolean approved,
            @Param("decidedBy") String decidedBy,
            @Param("decidedAt") Instant decidedAt,
            @Param("comment") String comment);

    void insertEvaluation(
            @Param("assignmentId") long assignmentId,
            @Param("round") int round,
            @Param("attitude") Rating attitude,
            @Param("result") Rating result,
            @Param("reason") String reason,
            @Param("confidentialNote") String confidentialNote,
            @Param("deputyId") long deputyId,
            @Param("evaluatedAt") Instant evaluatedAt,
            @Param("onTime") boolean onTime,
            @Param("key") GeneratedKey key);

    List<Evaluation> findEvaluations(@Param("suggestionId") long suggestionId);

    void insertFollowUp(
            @Param("assignmentId") long assignmentId,
            @Param("content") String content,
            @Param("delivered") boolean delivered,
            @Param("writtenBy") String writtenBy,
            @Param("writtenAt") Instant writtenAt,
            @Param("key") GeneratedKey key);

    List<FollowUp> findFollowUps(@Param("suggestionId") long suggestionId);

    Optional<FollowUp> findFollowUpById(@Param("id") long id);

    void insertFollowUpClock(
            @Param("assignmentId") long assignmentId,
            @Param("departmentId") long departmentId,
            @Param("planDate") LocalDate planDate,
            @Param("startedAt") Instant startedAt);

    Optional<FollowUpClock> findFollowUpClock(@Param("assignmentId") long assignmentId);

    List<FollowUpClock> findFollowUpClocks(@Param("suggestionId") long suggestionId);

    void markDelivered(
            @Param("assignmentId") long assignmentId,
            @Param("deliveredOn") LocalDate deliveredOn,
            @Param("confirmationDue") LocalDate confirmationDue);

    /** The deputy disputed the delivery: the follow-up runs on as before the report. */
    void clearDelivery(@Param("assignmentId") long assignmentId);

    void insertExplanation(
            @Param("assignmentId") long assignmentId,
            @Param("yearEnd") LocalDate yearEnd,
            @Param("content") String content,
            @Param("writtenBy") String writtenBy,
            @Param("writtenAt") Instant writtenAt,
            @Param("key") GeneratedKey key);

    /** Decides the explanation awaiting review; 0 when none awaits. */
    int decideExplanation(
            @Param("assignmentId") long assignmentId,
            @Param("decision") FollowUpExplanation.Decision decision,
            @Param("by") String by,
            @Param("at") Instant at,
            @Param("comment") String comment);

    List<FollowUpExplanation> findExplanations(@Param("suggestionId") long suggestionId);

    void confirmDelivery(
            @Param("assignmentId") long assignmentId,
            @Param("at") Instant at,
            @Param("by") String by,
            @Param("byStaff") boolean byStaff);

    private static <T> List<T> inIdOrder(List<T> rows, ToLongFunction<T> id) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingLong(id));
        return sorted;
    }
}
