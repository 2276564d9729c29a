package org.deputyflow.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTests {

    @Test
    void a_handler_or_leader_belongs_to_exactly_one_department() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new User(null, "h", "经办人", null, null, true, Set.of(Role.DEPT_HANDLER)))
                .withMessageContaining("must belong to a department");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new User(null, "l", "负责人", null, null, true, Set.of(Role.DEPT_LEADER)));
        assertThat(new User(null, "h", "经办人", 7L, null, true, Set.of(Role.DEPT_HANDLER)).departmentId())
                .isEqualTo(7L);
    }

    @Test
    void only_handlers_and_leaders_carry_a_department() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new User(null, "s", "工作人员", 7L, null, true, Set.of(Role.STAFF)))
                .withMessageContaining("only handlers and leaders");
    }

    @Test
    void a_deputy_user_is_linked_to_one_deputy_record_and_nobody_else_is() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new User(null, "d", "代表", null, null, true, Set.of(Role.DEPUTY)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new User(null, "m", "委员", null, 3L, true, Set.of(Role.MEMBER)));
        assertThat(new User(null, "d", "代表", null, 3L, true, Set.of(Role.DEPUTY)).hasRole(Role.DEPUTY))
                .isTrue();
    }

    @Test
    void a_user_needs_a_role() {
        assertThatIllegalArgumentException().isThrownBy(() -> new User(null, "x", "无角色", null, null, true, Set.of()));
    }
}
