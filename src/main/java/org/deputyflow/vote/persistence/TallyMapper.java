package org.deputyflow.vote.persistence;

import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.vote.domain.Tally;

/**
 * The ballot box: four counters per vote. A ballot adds to them and leaves nothing else behind, so the
 * stored state is the same whichever present member cast which ballot.
 */
@Mapper
public interface TallyMapper {

    void create(@Param("voteId") long voteId);

    /** Adds counts in one statement whatever the choice, so the statement's text does not tell it either. */
    int add(@Param("voteId") long voteId, @Param("t") Tally ballots);

    Optional<Tally> find(@Param("voteId") long voteId);
}
