package org.deputyflow.vote.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.vote.domain.InquiryFlag;

@Mapper
public interface InquiryMapper {

    void insert(
            @Param("departmentId") long departmentId,
            @Param("voteId") long voteId,
            @Param("firstVoteId") long firstVoteId,
            @Param("flaggedAt") Instant flaggedAt);

    Optional<InquiryFlag> findByVote(@Param("voteId") long voteId);

    long count(@Param("departmentId") Long departmentId);

    List<InquiryFlag> search(
            @Param("departmentId") Long departmentId, @Param("offset") long offset, @Param("limit") int limit);
}
