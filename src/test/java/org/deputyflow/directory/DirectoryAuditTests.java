package org.deputyflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.BadRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The admin's changes of users are lines of the audit trail, with before and after, never a password. */
@DeputyFlowTest
class DirectoryAuditTests {

    @Autowired
    DirectoryService directory;

    @Autowired
    ManagingUsers managingUsers;

    @Autowired
    ManagingDepartments managingDepartments;

    @Autowired
    JdbcTemplate jdbc;

    final String login = "audited-" + UUID.randomUUID().toString().substring(0, 8);

    final String code = "aud" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        // other tests count the active staff
        jdbc.update("UPDATE app_user SET active = FALSE WHERE login = ?", login);
        // other tests count the departments
        jdbc.update("DELETE FROM department WHERE code = ?", code);
    }

    @Test
    void creating_changing_resetting_and_deactivating_a_user_are_one_line_each_by_the_admin() {
        CurrentUser admin = directory.account("admin").orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));

        long id = managingUsers.createUser(
                new UserChange(login, "审计测试", Set.of(Role.STAFF), null, null, true, "First-pass-1!"));
        managingUsers.updateUser(
                id,
                new UserChange(login, "审计测试", Set.of(Role.STAFF, Role.COUNCIL), null, null, true, "Second-pass-2!"),
                admin);
        managingUsers.setUserActive(id, false, admin);

        List<Map<String, Object>> lines = jdbc.queryForList(
                "SELECT action, actor_login, outcome, details"
                        + " FROM audit_event WHERE record_type = 'user' AND record_id = ? ORDER BY id",
                login);
        assertThat(lines)
                .extracting(l -> value(l, "action"))
                .containsExactly("user.create", "user.update", "password.reset", "user.deactivate");
        assertThat(lines).allSatisfy(l -> {
            assertThat(value(l, "actor_login")).isEqualTo("admin");
            assertThat(value(l, "outcome")).isEqualTo("SUCCESS");
        });
        String update = (String) value(lines.get(1), "details");
        assertThat(update).contains("\"before\":{", "\"roles\":[\"STAFF\"]", "\"roles\":[\"COUNCIL\",\"STAFF\"]");
        String all = lines.toString();
        assertThat(all).doesNotContain("First-pass-1!", "Second-pass-2!", "$2a$");
    }

    @Test
    void creating_changing_and_deactivating_a_department_are_one_line_each_and_a_refused_code_none() {
        CurrentUser admin = directory.account("admin").orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));

        long id = managingDepartments.createDepartment(code, "审计测试局", DepartmentKind.GOVERNMENT, true);
        managingDepartments.updateDepartment(id, "审计测试委员会", DepartmentKind.OTHER, true);
        managingDepartments.setDepartmentActive(id, false);
        assertThatThrownBy(() -> managingDepartments.createDepartment(code, "重复", DepartmentKind.GOVERNMENT, true))
                .isInstanceOf(BadRequestException.class);

        List<Map<String, Object>> lines = jdbc.queryForList(
                "SELECT action, actor_login, outcome, details"
                        + " FROM audit_event WHERE record_type = 'department' AND record_id = ? ORDER BY id",
                code);
        assertThat(lines)
                .extracting(l -> value(l, "action"))
                .containsExactly("department.create", "department.update", "department.deactivate");
        assertThat(lines).allSatisfy(l -> assertThat(value(l, "actor_login")).isEqualTo("admin"));
        assertThat((String) value(lines.get(1), "details"))
                .contains("\"before\":{", "审计测试局", "GOVERNMENT", "审计测试委员会", "OTHER");
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase());
    }
}
