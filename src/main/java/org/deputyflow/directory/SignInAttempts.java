package org.deputyflow.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.deputyflow.directory.persistence.SignInAddressRow;
import org.deputyflow.directory.persistence.SignInFailureRow;
import org.deputyflow.directory.persistence.SignInMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins, kept in the database so that every node of a cluster sees them: per login,
 * {@code lockout.max-failures} failed passwords in a row lock it for {@code lockout.duration};
 * per client address, {@code address-throttle.max-failures} failures in a window refuse the
 * address until the window ends. Logins are counted as typed, known or not, so that a lock says
 * nothing about whether a login exists. Successes never count against an address.
 */
@Service
public class SignInAttempts {

    /** A login longer than this cannot exist and is counted per address only. */
    private static final int MAX_KEY = 64;

    private final SignInMapper mapper;
    private final AccountProperties.Lockout lockout;
    private final AccountProperties.AddressThrottle throttle;
    private final Clock clock;

    SignInAttempts(SignInMapper mapper, AccountProperties properties, Clock clock) {
        this.mapper = mapper;
        this.lockout = properties.lockout();
        this.throttle = properties.addressThrottle();
        this.clock = clock;
    }

    /** Where a sign-in stands before its password is checked. */
    public record Standing(Instant lockedUntil, Instant addressRefusedUntil, boolean hasFailures) {}

    @Transactional(readOnly = true)
    public Standing standing(String login, String address) {
        Instant now = clock.instant();
        Optional<SignInFailureRow> failure = Optional.ofNullable(key(login)).flatMap(mapper::findFailure);
        Instant lockedUntil =
                failure.map(SignInFailureRow::lockedUntil).filter(now::isBefore).orElse(null);
        Instant refusedUntil = Optional.ofNullable(key(address))
                .flatMap(mapper::findAddress)
                .filter(row -> row.failures() >= throttle.maxFailures())
                .map(row -> row.windowStart().plus(throttle.window()))
                .filter(now::isBefore)
                .orElse(null);
        return new Standing(lockedUntil, refusedUntil, failure.isPresent());
    }

    /** When the login's lock ends, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String login) {
        return Optional.ofNullable(standing(login, null).lockedUntil());
    }

    /**
     * Counts a failed password for {@code login} (if not null) from {@code address} (if not null).
     *
     * A transaction of its own: the failure counts whatever becomes of the caller's.
     *
     * @return when the login's lock ends, if it is locked now
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> failed(String login, String address) {
        Instant now = clock.instant();
        countAddress(key(address), now);
        String key = key(login);
        if (key == null) {
            return Optional.empty();
        }
        SignInFailureRow row = lockRow(key, now);
        if (row.lockedUntil() != null && now.isBefore(row.lockedUntil())) {
            return Optional.of(row.lockedUntil());
        }
        boolean inARow = row.lockedUntil() == null && !row.lastFailureAt().isBefore(now.minus(lockout.duration()));
        int failures = inARow ? row.failures() + 1 : 1;
        Instant lockedUntil = failures >= lockout.maxFailures() ? now.plus(lockout.duration()) : null;
        mapper.updateFailure(key, failures, now, lockedUntil);
        mapper.purgeFailures(now.minus(lockout.duration()), now);
        return Optional.ofNullable(lockedUntil);
    }

    /** A successful sign-in ends the login's run of failures; the address keeps its count. */
    @Transactional
    public void succeeded(String login) {
        String key = key(login);
        if (key != null) {
            mapper.deleteFailure(key);
        }
    }

    private void countAddress(String address, Instant now) {
        if (address == null) {
            return;
        }
        SignInAddressRow row = mapper.lockAddress(address).orElseGet(() -> {
            insert(() -> mapper.insertAddress(address, now));
            return mapper.lockAddress(address).orElseThrow();
        });
        boolean inWindow = !row.windowStart().isBefore(now.minus(throttle.window()));
        mapper.updateAddress(address, inWindow ? row.failures() + 1 : 1, inWindow ? row.windowStart() : now);
        mapper.purgeAddresses(now.minus(throttle.window()));
    }

    private SignInFailureRow lockRow(String key, Instant now) {
        return mapper.lockFailure(key).orElseGet(() -> {
            insert(() -> mapper.insertFailure(key, now));
            return mapper.lockFailure(key).orElseThrow();
        });
    }

    /** Two first failures at once: the second insert loses and locks the winner's row instead. */
    private static void insert(Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            // the row is there now
        }
    }

    /** Logins compare as MySQL's case-insensitive collation does, on every database. */
    static String key(String value) {
        if (value == null) {
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() || key.length() > MAX_KEY ? null : key;
    }
}
