package org.deputyflow.vote.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.suggestion.reporting.domain.VoteCount;
import org.deputyflow.suggestion.reporting.domain.VoteLine;
import org.deputyflow.vote.domain.NewVote;
import org.deputyflow.vote.domain.Outcome;
import org.deputyflow.vote.domain.PublishedResult;
import org.deputyflow.vote.domain.TallyRule;
import org.deputyflow.vote.domain.Vote;
import org.deputyflow.vote.domain.VoteStatus;

@Mapper
public interface VoteMapper {

    void insert(
            @Param("row") NewVote vote,
            @Param("createdBy") long createdBy,
            @Param("createdAt") Instant createdAt,
            @Param("key") GeneratedKey key);

    void setElectorateSize(@Param("id") long id, @Param("size") int size);

    Optional<Vote> findById(@Param("id") long id);

    /** Reads the vote and holds its row until the transaction ends: ballots and closing take turns. */
    Optional<Vote> lockById(@Param("id") long id);

    Optional<Vote> findFollowUpOf(@Param("previousId") long previousId);

    /** @return 1 if the vote was being prepared and is now open, else 0 */
    int open(@Param("id") long id, @Param("presentCount") int presentCount, @Param("openedAt") Instant openedAt);

    /** @return 1 if the vote was open and is now closed, else 0 */
    int close(
            @Param("id") long id,
            @Param("outcome") Outcome outcome,
            @Param("rule") TallyRule rule,
            @Param("closedAt") Instant closedAt);

    long count(@Param("f") VoteFilter filter);

    List<Vote> search(@Param("f") VoteFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    long countPublished();

    List<PublishedResult> searchPublished(@Param("offset") long offset, @Param("limit") int limit);

    /** The votes whose meeting fell between the two dates (both included), by whether closed and outcome. */
    List<VoteCount> countsByMeetingDate(
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("closed") VoteStatus closed);

    /** The closed votes whose meeting fell between the two dates, with their counts, by meeting date. */
    List<VoteLine> closedByMeetingDate(
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("closed") VoteStatus closed);
}
