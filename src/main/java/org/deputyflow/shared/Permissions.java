package org.deputyflow.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

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
 * <p>A service that asks about one action builds the permissions for that action {@link #only}: the
 * conditions of the other actions are never evaluated, so a lazy condition ({@link
 * Builder#unless(BooleanSupplier, Enum, Refusal)}) reads nothing the asked action does not look at.
 * Such permissions answer for the actions asked about and refuse loudly to answer for any other.
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
    private final Set<A> asked;
    private final Map<A, Refusal> refusals;

    private Permissions(Class<A> actions, Set<A> asked, Map<A, Refusal> refusals) {
        this.actions = actions;
        this.asked = asked;
        this.refusals = Collections.unmodifiableMap(new EnumMap<>(refusals));
    }

    /** Starts with every action allowed. */
    public static <A extends Enum<A>> Builder<A> of(Class<A> actions) {
        return new Builder<>(actions, EnumSet.allOf(actions));
    }

    /**
     * Starts with the asked actions allowed and decides nothing about the others: a condition of an
     * action not asked about is never evaluated, and the permissions refuse to answer for it.
     */
    public static <A extends Enum<A>> Builder<A> of(Class<A> actions, Set<A> asked) {
        EnumSet<A> copy = EnumSet.noneOf(actions);
        copy.addAll(asked);
        return new Builder<>(actions, copy);
    }

    /** The permissions of this one action alone, for the service about to do it. */
    public static <A extends Enum<A>> Builder<A> only(A action) {
        return new Builder<>(action.getDeclaringClass(), EnumSet.of(action));
    }

    /** The actions these permissions answer for: every action, unless built for some ({@link #only}). */
    public Set<A> asked() {
        return asked;
    }

    public boolean allows(A action) {
        return !refusals.containsKey(asked(action));
    }

    public Optional<Refusal> refusal(A action) {
        return Optional.ofNullable(refusals.get(asked(action)));
    }

    /** Raises the action's refusal, if it has one: the service's first step. */
    public void require(A action) {
        Refusal refusal = refusals.get(asked(action));
        if (refusal != null) {
            throw refusal.exception();
        }
    }

    /** The actions allowed now, of those asked about, in the order the enum declares them. */
    public Set<A> allowed() {
        EnumSet<A> allowed = EnumSet.noneOf(actions);
        allowed.addAll(asked);
        allowed.removeAll(refusals.keySet());
        return Collections.unmodifiableSet(allowed);
    }

    /** The refused actions with their reasons, of those asked about, in the order the enum declares them. */
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
        return refusals.size() < asked.size();
    }

    /** An action these permissions were not built for has no answer here: asking is a mistake. */
    private A asked(A action) {
        if (!asked.contains(action)) {
            throw new IllegalStateException("the permissions were built for " + asked + ", not for " + action);
        }
        return action;
    }

    public static final class Builder<A extends Enum<A>> {

        private final Class<A> actions;
        private final Set<A> asked;
        private final Map<A, Refusal> refusals;

        private Builder(Class<A> actions, EnumSet<A> asked) {
            this.actions = actions;
            this.asked = Collections.unmodifiableSet(asked);
            this.refusals = new EnumMap<>(actions);
        }

        /** Whether the permissions are built for this action: the conditions of the others are skipped. */
        public boolean asks(A action) {
            return asked.contains(action);
        }

        /** Whether the permissions are built for any action of this kind. */
        public boolean asksAny(Predicate<? super A> kind) {
            return asked.stream().anyMatch(kind);
        }

        /** Refuses the action unless the condition holds; an earlier refusal of it stays its reason. */
        public Builder<A> unless(boolean condition, A action, Refusal refusal) {
            if (!condition && asks(action)) {
                refusals.putIfAbsent(action, refusal);
            }
            return this;
        }

        /**
         * Refuses the action unless the condition holds, asking the condition only when its answer can
         * matter: when the action is asked about and not refused already. A condition that reads what
         * the other rules do not need is asked this way.
         */
        public Builder<A> unless(BooleanSupplier condition, A action, Refusal refusal) {
            if (asks(action) && !refusals.containsKey(action) && !condition.getAsBoolean()) {
                refusals.put(action, refusal);
            }
            return this;
        }

        /** Refuses every action unless the condition holds, as for a reader with no part in the record. */
        public Builder<A> allUnless(boolean condition, Refusal refusal) {
            return allUnless(action -> true, condition, refusal);
        }

        /** Refuses every action of this kind unless the condition holds, as the actions of a role its readers alone take. */
        public Builder<A> allUnless(Predicate<? super A> kind, boolean condition, Refusal refusal) {
            for (A action : asked) {
                if (kind.test(action)) {
                    unless(condition, action, refusal);
                }
            }
            return this;
        }

        public Permissions<A> build() {
            return new Permissions<>(actions, asked, refusals);
        }
    }
}
