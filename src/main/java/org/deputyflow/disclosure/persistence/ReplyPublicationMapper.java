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

@Mapper
public interface ReplyPublicationMapper {

    /** The reply if it may ever be published (approved, publishable, not confidential) and is not yet. */
    Optional<ReplyCandidate> candidate(@Param("replyId") long replyId);

    /** Every unpublished candidate whose replies reached the deputy before the given moment. */
    List<ReplyCandidate> candidatesReachedBefore(@Param("before") Instant before);

    /** Candidates oldest first: by when they reached the deputy, those that have not yet last. */
    List<PendingReply> pending(@Param("offset") long offset, @Param("limit") int limit);

    long countPending();

    List<Span> marks(@Param("replyId") long replyId);

    void deleteMarks(@Param("replyId") long replyId);

    void insertMark(@Param("replyId") long replyId, @Param("span") Span span);

    void insert(@Param("c") ReplyCandidate candidate, @Param("title") String title, @Param("content") String content,
            @Param("by") String by, @Param("at") Instant at);

    boolean published(@Param("replyId") long replyId);

    List<PublishedReply> bySerialNo(@Param("serialNo") String serialNo);

    List<PublishedReply> latest(@Param("limit") int limit);
}
