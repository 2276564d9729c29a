package org.deputyflow.vote.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.vote.domain.Elector;

/** Who may vote, who is present and who has voted — never what anyone voted. */
@Mapper
public interface ElectorMapper {

    /**
     * Copies every active committee member into the vote's electorate in one statement, so that the
     * electorate is exactly the membership at the moment the vote is created.
     *
     * @return the size of the electorate
     */
    int snapshotActiveMembers(@Param("voteId") long voteId, @Param("role") String memberRole);

    List<Long> findMemberIds(@Param("voteId") long voteId, @Param("ids") Collection<Long> memberIds);

    void clearAttendance(@Param("voteId") long voteId);

    int markPresent(@Param("voteId") long voteId, @Param("ids") Collection<Long> memberIds);

    int countPresent(@Param("voteId") long voteId);

    int countVoted(@Param("voteId") long voteId);

    Optional<Elector> find(@Param("voteId") long voteId, @Param("memberId") long memberId);

    /** @return 1 if the member was present and had not voted yet, else 0 */
    int markVoted(@Param("voteId") long voteId, @Param("memberId") long memberId);

    /** The logins of the members who voted, by member id: an order that says nothing of when anyone voted. */
    List<String> votedLoginsByMemberId(@Param("voteId") long voteId);

    long count(@Param("voteId") long voteId);

    List<Elector> search(@Param("voteId") long voteId, @Param("offset") long offset, @Param("limit") int limit);
}
