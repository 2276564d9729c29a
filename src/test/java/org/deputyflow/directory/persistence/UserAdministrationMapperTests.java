package org.deputyflow.directory.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.deputyflow.directory.domain.Department;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Deputy;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.persistence.GeneratedKey;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** The statements behind the admin's user and department pages; each test rolls back. */
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class UserAdministrationMapperTests {

    @Autowired
    DepartmentMapper departments;

    @Autowired
    DeputyMapper deputies;

    @Autowired
    UserMapper users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void users_are_searched_by_login_or_name_prefix_and_role_with_names_of_their_links() {
        GeneratedKey department = new GeneratedKey();
        departments.insert(new Department(null, "t-adm-d", "市管理测试局", DepartmentKind.GOVERNMENT, true), department);
        GeneratedKey deputy = new GeneratedKey();
        deputies.insert(new Deputy(null, "管理测试代表", "测试团", null, "第十六届", true), deputy);
        GeneratedKey handler = new GeneratedKey();
        users.insert("t-adm-handler", "甲经办人", "{noop}x", department.value(), null, handler);
        users.insertRole(handler.value(), Role.DEPT_HANDLER);
        GeneratedKey deputyUser = new GeneratedKey();
        users.insert("t-adm-deputy", "管理测试代表", "{noop}x", null, deputy.value(), deputyUser);
        users.insertRole(deputyUser.value(), Role.DEPUTY);

        assertThat(users.countUsers(new UserSearch("t-adm-", null))).isEqualTo(2);
        assertThat(users.searchUsers(new UserSearch("t-adm-", Role.DEPUTY), 0, 10))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.login()).isEqualTo("t-adm-deputy");
                    assertThat(row.deputyId()).isEqualTo(deputy.value());
                    assertThat(row.deputyName()).isEqualTo("管理测试代表");
                    assertThat(row.departmentId()).isNull();
                });
        assertThat(users.searchUsers(new UserSearch("甲经", null), 0, 10))
                .extracting(UserEntryRow::departmentName)
                .containsExactly("市管理测试局");
        // % and _ are searched literally
        assertThat(users.countUsers(new UserSearch("t%", null))).isZero();
        assertThat(users.searchUsers(new UserSearch("t-adm-", null), 1, 1))
                .extracting(UserEntryRow::login)
                .containsExactly("t-adm-handler");
        assertThat(users.rolesOfUsers(java.util.List.of(handler.value(), deputyUser.value())))
                .containsExactly(
                        new UserRoleRow(handler.value(), Role.DEPT_HANDLER),
                        new UserRoleRow(deputyUser.value(), Role.DEPUTY));
        assertThat(users.findIdByDeputy(deputy.value())).contains(deputyUser.value());
    }

    @Test
    void a_user_is_changed_reset_and_deactivated_in_place_and_each_ends_the_sessions_but_the_login_stays() {
        GeneratedKey key = new GeneratedKey();
        users.insert("t-adm-change", "改前", "{noop}old", null, null, key);
        users.insertRole(key.value(), Role.STAFF);

        assertThat(users.findState(key.value())).get().satisfies(state -> {
            assertThat(state.securityStamp()).isZero();
            assertThat(state.passwordMustChange()).isFalse();
        });
        assertThat(users.update(key.value(), "改后", null, null, true)).isEqualTo(1);
        users.deleteRoles(key.value());
        users.insertRole(key.value(), Role.COUNCIL);
        assertThat(users.updatePassword(key.value(), "{noop}new", true)).isEqualTo(1);
        assertThat(users.updateActive(key.value(), false)).isEqualTo(1);
        assertThat(users.bumpSecurityStamp(key.value())).isEqualTo(1);

        assertThat(jdbc.queryForMap(
                        "SELECT login, display_name, password_hash, active FROM app_user WHERE id = ?", key.value()))
                .containsValues("t-adm-change", "改后", "{noop}new", false);
        assertThat(users.findState(key.value())).get().satisfies(state -> {
            assertThat(state.securityStamp()).isEqualTo(3);
            assertThat(state.passwordMustChange()).isTrue();
            assertThat(state.active()).isFalse();
        });
        assertThat(users.rolesOf(key.value())).containsExactly(Role.COUNCIL);
        assertThat(users.findEntryById(key.value()))
                .get()
                .extracting(UserEntryRow::active)
                .isEqualTo(false);
    }

    @Test
    void a_department_keeps_its_code_when_changed() {
        GeneratedKey key = new GeneratedKey();
        departments.insert(new Department(null, "t-adm-keep", "旧名", DepartmentKind.GOVERNMENT, true), key);

        assertThat(departments.update(new Department(key.value(), "t-adm-other", "新名", DepartmentKind.COURT, false)))
                .isEqualTo(1);
        assertThat(departments.findById(key.value())).get().satisfies(d -> {
            assertThat(d.code()).isEqualTo("t-adm-keep");
            assertThat(d.name()).isEqualTo("新名");
            assertThat(d.kind()).isEqualTo(DepartmentKind.COURT);
            assertThat(d.active()).isFalse();
        });
        departments.updateActive(key.value(), true);
        assertThat(departments.findById(key.value()))
                .get()
                .extracting(Department::active)
                .isEqualTo(true);
    }
}
