package org.deputyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.deputyflow.shared.Permissions.Refusal;
import org.junit.jupiter.api.Test;

class PermissionsTests {

    enum Action {
        OPEN,
        EDIT,
        CLOSE
    }

    @Test
    void everyActionIsAllowedUntilRefused() {
        Permissions<Action> permissions = Permissions.of(Action.class).build();

        assertThat(permissions.allowed()).containsExactly(Action.OPEN, Action.EDIT, Action.CLOSE);
        assertThat(permissions.allowedNames()).containsExactly("OPEN", "EDIT", "CLOSE");
        assertThat(permissions.refusals()).isEmpty();
        assertThat(permissions.any()).isTrue();
    }

    @Test
    void theFirstRefusalOfAnActionIsItsReason() {
        Permissions<Action> permissions = Permissions.of(Action.class)
                .unless(false, Action.EDIT, Refusal.forbidden("error.notYours"))
                .unless(false, Action.EDIT, Refusal.conflict("error.closed"))
                .unless(true, Action.CLOSE, Refusal.conflict("error.never"))
                .build();

        assertThat(permissions.allows(Action.EDIT)).isFalse();
        assertThat(permissions.refusal(Action.EDIT)).contains(Refusal.forbidden("error.notYours"));
        assertThat(permissions.allowed()).containsExactly(Action.OPEN, Action.CLOSE);
        assertThat(permissions.refusal(Action.CLOSE)).isEmpty();
    }

    @Test
    void requireRaisesTheRefusalAsItsKindOfError() {
        Permissions<Action> permissions = Permissions.of(Action.class)
                .unless(false, Action.OPEN, Refusal.forbidden("error.notYours"))
                .unless(false, Action.EDIT, Refusal.conflict("error.closed", "2026"))
                .build();

        assertThatThrownBy(() -> permissions.require(Action.OPEN))
                .isInstanceOf(ForbiddenException.class)
                .hasFieldOrPropertyWithValue("code", "error.notYours");
        assertThatThrownBy(() -> permissions.require(Action.EDIT))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.arguments()).containsExactly("2026"));
        assertThatNoException().isThrownBy(() -> permissions.require(Action.CLOSE));
    }

    @Test
    void aReaderWithNoPartIsRefusedEverything() {
        Permissions<Action> permissions = Permissions.of(Action.class)
                .allUnless(false, Refusal.forbidden("error.noPart"))
                .unless(false, Action.OPEN, Refusal.conflict("error.later"))
                .build();

        assertThat(permissions.any()).isFalse();
        assertThat(permissions.allowed()).isEmpty();
        assertThat(permissions.refusals().values()).allMatch(r -> r.code().equals("error.noPart"));
    }

    @Test
    void aRoleIsRefusedOnlyTheActionsOfItsKind() {
        Permissions<Action> permissions = Permissions.of(Action.class)
                .unless(false, Action.CLOSE, Refusal.conflict("error.closed"))
                .allUnless(action -> action != Action.OPEN, false, Refusal.forbidden("error.staffOnly"))
                .allUnless(action -> action == Action.OPEN, true, Refusal.forbidden("error.never"))
                .build();

        assertThat(permissions.allowed()).containsExactly(Action.OPEN);
        assertThat(permissions.refusal(Action.EDIT)).contains(Refusal.forbidden("error.staffOnly"));
        assertThat(permissions.refusal(Action.CLOSE)).contains(Refusal.conflict("error.closed"));
    }

    @Test
    void aLazyConditionIsAskedOnlyWhenItsAnswerCanMatter() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier counted = () -> {
            asked.incrementAndGet();
            return false;
        };
        Permissions<Action> permissions = Permissions.of(Action.class)
                .unless(false, Action.EDIT, Refusal.forbidden("error.notYours"))
                .unless(counted, Action.EDIT, Refusal.conflict("error.closed"))
                .unless(counted, Action.CLOSE, Refusal.conflict("error.closed"))
                .unless(counted, Action.CLOSE, Refusal.conflict("error.never"))
                .unless(() -> true, Action.OPEN, Refusal.conflict("error.never"))
                .build();

        assertThat(asked).hasValue(1);
        assertThat(permissions.refusal(Action.EDIT)).contains(Refusal.forbidden("error.notYours"));
        assertThat(permissions.refusal(Action.CLOSE)).contains(Refusal.conflict("error.closed"));
        assertThat(permissions.allowed()).containsExactly(Action.OPEN);
    }

    @Test
    void theConditionsOfAnActionNotAskedAboutAreNeverAsked() {
        BooleanSupplier never = () -> {
            throw new AssertionError("the condition of an action not asked about was asked");
        };
        Permissions<Action> permissions = Permissions.only(Action.EDIT)
                .unless(never, Action.OPEN, Refusal.conflict("error.never"))
                .unless(false, Action.CLOSE, Refusal.conflict("error.never"))
                .unless(() -> false, Action.EDIT, Refusal.conflict("error.closed"))
                .unless(never, Action.EDIT, Refusal.conflict("error.never"))
                .build();

        assertThat(permissions.asked()).containsExactly(Action.EDIT);
        assertThat(permissions.refusal(Action.EDIT)).contains(Refusal.conflict("error.closed"));
        assertThat(permissions.refusals()).containsOnlyKeys(Action.EDIT);
        assertThat(permissions.allowed()).isEmpty();
        assertThat(permissions.any()).isFalse();
    }

    @Test
    void permissionsForSomeActionsRefuseLoudlyToAnswerForTheOthers() {
        Permissions<Action> permissions = Permissions.of(Action.class, EnumSet.of(Action.OPEN, Action.CLOSE))
                .allUnless(true, Refusal.forbidden("error.noPart"))
                .unless(false, Action.CLOSE, Refusal.conflict("error.closed"))
                .unless(false, Action.EDIT, Refusal.conflict("error.never"))
                .build();

        assertThat(permissions.allowed()).containsExactly(Action.OPEN);
        assertThat(permissions.allowedNames()).containsExactly("OPEN");
        assertThat(permissions.refusals()).containsOnlyKeys(Action.CLOSE);
        assertThat(permissions.any()).isTrue();
        assertThatNoException().isThrownBy(() -> permissions.require(Action.OPEN));
        assertThatThrownBy(() -> permissions.require(Action.CLOSE)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> permissions.require(Action.EDIT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EDIT");
        assertThatThrownBy(() -> permissions.allows(Action.EDIT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> permissions.refusal(Action.EDIT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBuilderSaysWhichActionsItIsAskedAbout() {
        Permissions.Builder<Action> one = Permissions.only(Action.CLOSE);
        Permissions.Builder<Action> all = Permissions.of(Action.class);

        assertThat(one.asks(Action.CLOSE)).isTrue();
        assertThat(one.asks(Action.OPEN)).isFalse();
        assertThat(one.asksAny(a -> a != Action.CLOSE)).isFalse();
        assertThat(all.asksAny(a -> a == Action.OPEN)).isTrue();
        assertThat(all.build().asked()).containsExactly(Action.OPEN, Action.EDIT, Action.CLOSE);
    }
}
