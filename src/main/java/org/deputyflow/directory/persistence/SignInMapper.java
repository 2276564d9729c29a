package org.deputyflow.directory.persistence;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Failed sign-ins per login and per client address. */
@Mapper
public interface SignInMapper {

    Optional<SignInFailureRow> findFailure(@Param("login") String login);

    /** The login's row, locked until the transaction ends. */
    Optional<SignInFailureRow> lockFailure(@Param("login") String login);

    void insertFailure(@Param("login") String login, @Param("now") Instant now);

    int updateFailure(
            @Param("login") String login,
            @Param("failures") int failures,
            @Param("lastFailureAt") Instant lastFailureAt,
            @Param("lockedUntil") Instant lockedUntil);

    int deleteFailure(@Param("login") String login);

    /** Rows whose failures no longer count and whose lock, if any, has ended. */
    int purgeFailures(@Param("before") Instant before, @Param("now") Instant now);

    Optional<SignInAddressRow> findAddress(@Param("address") String address);

    Optional<SignInAddressRow> lockAddress(@Param("address") String address);

    void insertAddress(@Param("address") String address, @Param("now") Instant now);

    int updateAddress(
            @Param("address") String address,
            @Param("failures") int failures,
            @Param("windowStart") Instant windowStart);

    int purgeAddresses(@Param("before") Instant before);
}
