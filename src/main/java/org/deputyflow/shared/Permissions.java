package org.deputyflow.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one reader may do with one record now, as a record's policy decides it: every action of the
 * record's kind is either allowed or refused with the reason. The service calls {@link #require} before
 * it acts, the API lists {@link #allowed}, and the pages offer exactly what is allowed, so the three can
 * no longer disagree.
 *
 * <p>A policy builds it by starting from every action and refusing some: the first refusal of an action
 * is its reason, so a policy names the reader's relation first (forbidden) and the record's state after
 * (conflict).
 *
 * @param <A> the record's actions
 */
public final class Permissions<A extends Enum<A>> {

    /** Why an action is refused: never for this reader (403), or not in the record's current state (409). */
    public record Refusal(Kind kind, String code, List<Object> arguments) {

        public enum Kind {
            FORBIDDEN,
            CONFLICT
        }

        public Refusal {
            arguments = List.copyOf(arguments);
        }

        public static Refusal forbidden(String code, Object... arguments) {
            return new Refusal(Kind.FORBIDDEN, code, List.of(arguments));
        }

        public static Refusal conflict(String code, Object... arguments) {
            return new Refusal(Kind.CONFLICT, code, List.of(arguments));
        }

        /** The refusal as the service raises it. */
        public DomainException exception() {
            Object[] args = arguments.toArray();
            return kind == Kind.FORBIDDEN ? new ForbiddenException(code, args) : new ConflictException(code, args);
        }
    }

    private final Class<A> actions;
    private final Map<A, Refusal> refusals;

    private Permissions(Class<A> actions, Map<A, Refusal> refusals) {
        this.actions = actions;
        this.refusals = Collections.unmodifiableMap(new EnumMap<>(refusals));
    }

    /** Starts with every action allowed. */
    public static <A extends Enum<A>> Builder<A> of(Class<A> actions) {
        return new Builder<>(actions);
    }

    public boolean allows(A action) {
        return !refusals.containsKey(action);
    }

    public Optional<Refusal> refusal(A action) {
        return Optional.ofNullable(refusals.get(action));
    }

    /** Raises the action's refusal, if it has one: the service's first step. */
    public void require(A action) {
        Refusal refusal = refusals.get(action);
        if (refusal != null) {
            throw refusal.exception();
        }
    }

    /** The actions allowed now, in the order the enum declares them. */
    public Set<A> allowed() {
        EnumSet<A> allowed = EnumSet.allOf(actions);
        allowed.removeAll(refusals.keySet());
        return Collections.unmodifiableSet(allowed);
    }

    /** The refused actions with their reasons, in the order the enum declares them. */
    public Map<A, Refusal> refusals() {
        return refusals;
    }

    /** The allowed actions' names, as the API lists them. */
    public List<String> allowedNames() {
        List<String> names = new ArrayList<>();
        allowed().forEach(a -> names.add(a.name()));
        return names;
    }

    public boolean any() {
        return refusals.size() < actions.getEnumConstants().length;
    }

    public static final class Builder<A extends Enum<A>> {

        private final Class<A> actions;
        private final Map<A, Refusal> refusals;

        private Builder(Class<A> actions) {
            this.actions = actions;
            this.refusals = new EnumMap<>(actions);
        }

        /** Refuses the action unless the condition holds; an earlier refusal of it stays its reason. */
        public Builder<A> unless(boolean condition, A action, Refusal refusal) {
            if (!condition) {
                refusals.putIfAbsent(action, refusal);
            }
            return this;
        }

        /** Refuses every action unless the condition holds, as for a reader with no part in the record. */
        public Builder<A> allUnless(boolean condition, Refusal refusal) {
            for (A action : actions.getEnumConstants()) {
                unless(condition, action, refusal);
            }
            return this;
        }

        public Permissions<A> build() {
            return new Permissions<>(actions, refusals);
        }
    }
}
