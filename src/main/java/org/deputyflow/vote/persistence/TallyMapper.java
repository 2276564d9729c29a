package org.deputyflow.vote.persistence;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.vote.domain.Tally;

/**
 * The ballot box: four counters per vote. Ballots reach them in batches of many (see HeldBallots), each
 * batch one write of four sums, never in the transaction that records who voted, so the stored state
 * and the database's log are the same whichever present member cast which ballot.
 */
@Mapper
public interface TallyMapper {

    void create(@Param("voteId") long voteId);

    /** Adds a batch's counts in one statement, so that neither its text nor an order of writes tells a choice. */
    int add(@Param("voteId") long voteId, @Param("t") Tally ballots);

    Optional<Tally> find(@Param("voteId") long voteId);
}
