package org.deputyflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.domain.AuditEvent;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.audit.persistence.ChainHead;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. A domain action's line is written in the action's own transaction, just
 * before it commits, so an action that rolls back leaves none and one that commits always has one
 * (a line that cannot be written fails the commit); sign-in events are written in a transaction of
 * their own, because a failed sign-in changes nothing else. The actor, their roles,
 * the client address and the user agent come from the signed-in user and the current request.
 * There is no switch to turn the trail off.
 */
@Service
public class AuditTrail {

    /** What a line says about how the action ended. */
    public static final String SUCCESS = "SUCCESS";

    public static final String FAILURE = "FAILURE";
    public static final String DENIED = "DENIED";

    private final AuditMapper events;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditMapper events, ObjectMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** A line for an action of the signed-in user, in the action's transaction (or one of its own). */
    @Transactional
    public void record(String action, String recordType, Object recordId, String outcome, Map<String, ?> details) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String login =
                who == null || !who.isAuthenticated() || "anonymousUser".equals(who.getName()) ? null : who.getName();
        append(new Line(
                clock.instant(),
                login,
                login == null ? null : roles(who),
                action,
                recordType,
                recordId == null ? null : String.valueOf(recordId),
                outcome,
                details));
    }

    /**
     * A sign-in, sign-out or session event, in a transaction of its own that commits even when the
     * sign-in fails. {@code login} is the login tried (or signed out), known to the directory or not.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSession(String action, String login, String roles, String outcome, Map<String, ?> details) {
        append(new Line(clock.instant(), login, roles, action, "user", login, outcome, details));
    }

    /**
     * A line for another actor or another time than the request's (a member's ballot at the close of
     * a vote, a step the system takes): it carries no client address or user agent, which belong to
     * whoever sent the request it is written in.
     */
    @Transactional
    public void recordAt(
            Instant at,
            String action,
            String actorLogin,
            String recordType,
            Object recordId,
            String outcome,
            Map<String, ?> details) {
        append(
                new Line(
                        at,
                        actorLogin,
                        null,
                        action,
                        recordType,
                        recordId == null ? null : String.valueOf(recordId),
                        outcome,
                        details),
                false);
    }

    /** The roles of an authentication as the trail writes them: "ADMIN,STAFF". */
    public static String roles(Authentication who) {
        return who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .sorted()
                .collect(Collectors.joining(","));
    }

    private record Line(
            Instant at,
            String login,
            String roles,
            String action,
            String recordType,
            String recordId,
            String outcome,
            Map<String, ?> details) {}

    /**
     * Takes the request's address and agent now and writes the line just before the transaction commits:
     * the chain's head is locked only for the commit itself, and lines join the chain in commit order.
     */
    private void append(Line line) {
        append(line, true);
    }

    private void append(Line line, boolean fromRequest) {
        HttpServletRequest request =
                fromRequest && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                        ? a.getRequest()
                        : null;
        Pending pending = new Pending(
                line,
                request == null ? null : cut(request.getRemoteAddr(), 64),
                request == null ? null : cut(request.getHeader("User-Agent"), 300));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("an audit line is written in a transaction");
        }
        Lines lines = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Lines.class::isInstance)
                .map(Lines.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    Lines created = new Lines();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        lines.pending.add(pending);
    }

    private record Pending(Line line, String address, String agent) {}

    /** The lines of one transaction, chained and inserted before it commits; a rollback drops them. */
    private final class Lines implements TransactionSynchronization {

        final List<Pending> pending = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            ChainHead head = events.lockHead();
            long id = head.lastId();
            String prev = head.lastHash();
            for (Pending p : pending) {
                Line line = p.line();
                AuditEvent unsigned = new AuditEvent(
                        ++id,
                        line.at().truncatedTo(ChronoUnit.SECONDS),
                        cut(line.login(), 64),
                        cut(line.roles(), 200),
                        p.address(),
                        p.agent(),
                        line.action(),
                        line.recordType(),
                        cut(line.recordId(), 64),
                        line.outcome(),
                        details(line.details()),
                        prev,
                        null);
                String hash = AuditChain.hash(unsigned, prev);
                events.insert(new AuditEvent(
                        unsigned.id(),
                        unsigned.occurredAt(),
                        unsigned.actorLogin(),
                        unsigned.actorRoles(),
                        unsigned.clientAddress(),
                        unsigned.userAgent(),
                        unsigned.action(),
                        unsigned.recordType(),
                        unsigned.recordId(),
                        unsigned.outcome(),
                        unsigned.details(),
                        prev,
                        hash));
                prev = hash;
            }
            events.moveHead(id, prev);
        }
    }

    private String details(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return cut(json.writeValueAsString(new TreeMap<>(details)), 4000);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain values", e);
        }
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > max ? clean.substring(0, max) : clean;
    }
}
