package org.deputyflow.directory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.directory.SignInAttempts.Standing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every sign-in with a login and password, by the form and by HTTP Basic alike. An address with
 * too many failures is refused before anything is checked; a locked login is told it is locked
 * whatever the password; otherwise the password is checked against the directory and a failure
 * counted, for the login and for the address. A disabled account fails like a wrong password.
 * Every failure is a line of the audit trail with the login as typed; a wrong password, an unknown
 * login and a disabled account read the same there too.
 */
@Component
class SignInAuthentication implements AuthenticationManager {

    private static final Logger log = LoggerFactory.getLogger(SignInAuthentication.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInAttempts attempts;
    private final Clock clock;
    private final Counter failures;
    private final AuditTrail audit;

    SignInAuthentication(
            DirectoryUserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInAttempts attempts,
            Clock clock,
            MeterRegistry meters,
            AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
        this.clock = clock;
        this.failures = Counter.builder("deputyflow.signin.failures")
                .description("Sign-ins refused: wrong password, locked login or refused address")
                .register(meters);
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
            throw new BadCredentialsException("unsupported credentials");
        }
        String login = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        Standing standing = attempts.standing(login, address);
        if (standing.addressRefusedUntil() != null) {
            failures.increment();
            audited(login, "REFUSED");
            throw new SignInRefusedException(clock.instant(), standing.addressRefusedUntil());
        }
        if (standing.lockedUntil() != null) {
            failed(null, address);
            audited(login, "LOCKED");
            throw new LockedException("locked until " + standing.lockedUntil());
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | DisabledException e) {
            Optional<Instant> locked = failed(login, address);
            audited(login, AuditTrail.FAILURE);
            if (locked.isPresent()) {
                log.warn(
                        "Sign-in locked for login '{}' until {} after repeated failures (last from {})",
                        printable(login),
                        locked.get(),
                        address);
                audit.recordSession(
                        "sign-in.lock",
                        printable(login),
                        null,
                        AuditTrail.SUCCESS,
                        Map.of("lockedUntil", locked.get().toString()));
                throw new LockedException("locked until " + locked.get());
            }
            throw new BadCredentialsException("Bad credentials");
        }
        if (standing.hasFailures()) {
            attempts.succeeded(login);
        }
        return result;
    }

    /** The same line whatever the reason, so that the trail does not tell whether the login exists. */
    private void audited(String login, String outcome) {
        audit.recordSession("sign-in.failed", printable(login), null, outcome, null);
    }

    /** What a caller typed, safe for one log line. */
    private static String printable(String login) {
        if (login == null) {
            return null;
        }
        String clean = login.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    /** Counting must not turn a refused sign-in into a server error. */
    private Optional<Instant> failed(String login, String address) {
        failures.increment();
        try {
            return attempts.failed(login, address);
        } catch (DataAccessException e) {
            log.warn("Could not count a failed sign-in for '{}' from {}", printable(login), address, e);
            return Optional.empty();
        }
    }
}
