package org.deputyflow.suggestion.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.suggestion.domain.Signer;
import org.deputyflow.suggestion.domain.SignerAnswer;

@Mapper
public interface SignerMapper {

    void insert(
            @Param("suggestionId") long suggestionId,
            @Param("deputyId") long deputyId,
            @Param("lead") boolean lead,
            @Param("answer") SignerAnswer answer,
            @Param("answeredAt") Instant answeredAt);

    List<Signer> findBySuggestion(@Param("suggestionId") long suggestionId);

    void answer(
            @Param("suggestionId") long suggestionId,
            @Param("deputyId") long deputyId,
            @Param("answer") SignerAnswer answer,
            @Param("at") Instant at);

    void agreeWithdrawal(@Param("suggestionId") long suggestionId, @Param("deputyId") long deputyId);

    /** Co-signature requests a deputy has not answered, for the deputy's task list. */
    long countPendingFor(@Param("deputyId") long deputyId);

    List<Long> pendingFor(@Param("deputyId") long deputyId, @Param("offset") long offset, @Param("limit") int limit);
}
