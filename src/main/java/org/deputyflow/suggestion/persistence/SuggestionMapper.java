package org.deputyflow.suggestion.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.domain.Period;
import org.deputyflow.suggestion.domain.Suggestion;
import org.deputyflow.suggestion.domain.SuggestionStatus;
import org.deputyflow.suggestion.domain.SuggestionSummary;

@Mapper
public interface SuggestionMapper {

    void insert(
            @Param("number") String number,
            @Param("title") String title,
            @Param("content") String content,
            @Param("category") String category,
            @Param("period") Period period,
            @Param("status") SuggestionStatus status,
            @Param("submitterDeputyId") long submitterDeputyId,
            @Param("wantsFaceToFace") boolean wantsFaceToFace,
            @Param("confidential") boolean confidential,
            @Param("createdAt") Instant createdAt,
            @Param("key") GeneratedKey key);

    /** Names the motion a converted suggestion came from. */
    void linkSourceMotion(@Param("id") long id, @Param("motionId") long motionId);

    Optional<Suggestion> findById(@Param("id") long id);

    /** Reads the row and holds its lock until commit: actions on one suggestion run one after another. */
    Optional<Suggestion> lockById(@Param("id") long id);

    List<Suggestion> findMergedInto(@Param("id") long id);

    List<Suggestion> findByIds(@Param("ids") Collection<Long> ids);

    void updateStatus(@Param("id") long id, @Param("status") SuggestionStatus status);

    void markSubmitted(
            @Param("id") long id,
            @Param("submittedAt") Instant submittedAt,
            @Param("screeningDue") LocalDate screeningDue);

    void revise(
            @Param("id") long id,
            @Param("title") String title,
            @Param("content") String content,
            @Param("category") String category,
            @Param("period") Period period,
            @Param("wantsFaceToFace") boolean wantsFaceToFace,
            @Param("confidential") boolean confidential);

    void recordScreening(@Param("id") long id, @Param("reason") String reason, @Param("comment") String comment);

    void markMerged(@Param("id") long id, @Param("intoId") long intoId);

    void markAssigned(@Param("id") long id, @Param("at") Instant at);

    /** The replies reached the deputy: the first time is kept, the evaluation clock starts anew. */
    void markReplied(@Param("id") long id, @Param("at") Instant at, @Param("evaluationDue") LocalDate evaluationDue);

    void markNotEvaluated(@Param("id") long id);

    void markRehandled(@Param("id") long id);

    void markClosed(@Param("id") long id, @Param("at") Instant at);

    long count(@Param("s") SuggestionSearch search);

    List<SuggestionSummary> search(
            @Param("s") SuggestionSearch search, @Param("offset") long offset, @Param("limit") int limit);

    /** Whether the caller's scope includes this suggestion. */
    boolean visible(@Param("id") long id, @Param("s") SuggestionSearch scope);

    /** The suggestion if the caller's scope includes it: the check and the read in one statement. */
    Optional<Suggestion> findVisible(@Param("id") long id, @Param("s") SuggestionSearch scope);

    /**
     * Adds one to the year's counter, creating it at 1 in the same statement: the row stays locked
     * until the transaction ends, and two first submissions of a year never race to create it.
     */
    void incrementNumberYear(@Param("year") int year);

    Integer findNumberYear(@Param("year") int year);
}
