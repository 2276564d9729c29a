package org.deputyflow.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
