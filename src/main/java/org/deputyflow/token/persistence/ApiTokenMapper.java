package org.deputyflow.token.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.deputyflow.token.domain.ApiToken;

@Mapper
public interface ApiTokenMapper {

    void insert(
            @Param("userId") long userId,
            @Param("login") String login,
            @Param("name") String name,
            @Param("tokenHash") String tokenHash,
            @Param("createdAt") Instant createdAt,
            @Param("expiresAt") Instant expiresAt,
            @Param("key") GeneratedKey key);

    Optional<ApiToken> findByHash(@Param("tokenHash") String tokenHash);

    Optional<ApiToken> findOwn(@Param("id") long id, @Param("userId") long userId);

    long countOwn(@Param("userId") long userId);

    /** Newest first. */
    List<ApiToken> searchOwn(@Param("userId") long userId, @Param("offset") long offset, @Param("limit") int limit);

    /** 0 when the token was already revoked: the first revocation counts. */
    int revoke(@Param("id") long id, @Param("userId") long userId, @Param("at") Instant at);

    int revokeAll(@Param("userId") long userId, @Param("at") Instant at);

    /**
     * Records a use at {@code at} unless one was recorded after {@code notAfter}: concurrent calls
     * of one token write the row once a minute, not once per call.
     */
    int recordUse(@Param("id") long id, @Param("at") Instant at, @Param("notAfter") Instant notAfter);
}
