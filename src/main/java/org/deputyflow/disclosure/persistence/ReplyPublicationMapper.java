package org.deputyflow.disclosure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.disclosure.domain.PendingReply;
import org.deputyflow.disclosure.domain.PublishedReply;
import org.deputyflow.disclosure.domain.Redaction.Span;
import org.deputyflow.disclosure.domain.ReplyCandidate;
import org.deputyflow.disclosure.domain.ReplyReview;
import org.deputyflow.disclosure.domain.ReviewState;

@Mapper
public interface ReplyPublicationMapper {

    /** The reply if it may ever be published (approved, publishable, not confidential) and is not yet. */
    Optional<ReplyCandidate> candidate(@Param("replyId") long replyId);

    /** Every unpublished candidate that staff approved and whose replies reached the deputy before the given moment. */
    List<ReplyCandidate> approvedReachedBefore(@Param("before") Instant before);

    /** The ids of the unpublished candidates that reached the deputy by the given moment and have no review yet. */
    List<Long> unreviewedReachedBefore(@Param("before") Instant before);

    Optional<ReplyReview> review(@Param("replyId") long replyId);

    void insertReview(@Param("replyId") long replyId, @Param("state") ReviewState state, @Param("at") Instant at);

    /**
     * Moves a review on from an expected state. @return 0 when it was not in that state (someone else
     * decided first), else 1
     */
    int decideReview(
            @Param("replyId") long replyId,
            @Param("from") ReviewState from,
            @Param("to") ReviewState to,
            @Param("reason") String reason,
            @Param("by") String by,
            @Param("at") Instant at);

    /** Candidates oldest first, held-back ones left out: by when they reached the deputy, those that have not yet last. */
    List<PendingReply> pending(@Param("offset") long offset, @Param("limit") int limit);

    long countPending();

    List<Span> marks(@Param("replyId") long replyId);

    void deleteMarks(@Param("replyId") long replyId);

    void insertMark(@Param("replyId") long replyId, @Param("span") Span span);

    void insert(
            @Param("c") ReplyCandidate candidate,
            @Param("title") String title,
            @Param("content") String content,
            @Param("by") String by,
            @Param("at") Instant at);

    boolean published(@Param("replyId") long replyId);

    List<PublishedReply> bySerialNo(@Param("serialNo") String serialNo);

    List<PublishedReply> latest(@Param("limit") int limit);
}
