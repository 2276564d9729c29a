package org.deputyflow.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.directory.web.AdminPages.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.ManagingUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Users for admins: list and search, create and change, the role invariants next to the fields, deactivation. */
@DeputyFlowTest
class AdminUsersControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryService directory;

    @Autowired
    ManagingUsers managingUsers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void the_list_pages_in_the_database_and_filters_by_prefix_and_role() throws Exception {
        mvc.perform(get("/admin/users")
                        .param("q", "dept01-")
                        .param("role", "DEPT_LEADER")
                        .with(as(directory, "admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-login=\"dept01-leader\""),
                                not(containsString("data-login=\"dept01-handler\"")),
                                not(containsString("data-login=\"dept02-leader\"")))));
        MvcResult page = mvc.perform(get("/admin/users")
                        .param("q", "deputy")
                        .param("page", "1")
                        .with(as(directory, "admin")))
                .andExpect(status().isOk())
                .andReturn();
        String html = page.getResponse().getContentAsString();
        assertThat(html)
                .contains("data-login=\"deputy021\"", "id=\"pager-previous\"", "id=\"pager-next\"")
                .doesNotContain("data-login=\"deputy001\"");
    }

    @Test
    void a_handler_is_created_with_a_bcrypt_password_and_can_sign_in() throws Exception {
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = 'dept03'", Long.class);
        String login = "h-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "新经办人")
                        .param("roles", "DEPT_HANDLER")
                        .param("departmentId", String.valueOf(department))
                        .param("deputyId", "")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));

        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE login = ?", String.class, login);
        assertThat(hash).startsWith("$2");
        assertThat(passwordEncoder.matches("s3cret-pass", hash)).isTrue();
        assertThat(directory.account(login)).get().satisfies(u -> {
            assertThat(u.departmentCode()).isEqualTo("dept03");
            assertThat(u.roles()).extracting(Enum::name).containsExactly("DEPT_HANDLER");
        });
        // other tests count the department's handlers
        managingUsers.setUserActive(
                directory.account(login).orElseThrow().id(),
                false,
                directory.account("admin").orElseThrow());
    }

    @Test
    void a_handler_without_a_department_is_refused_next_to_the_field_and_nothing_is_saved() throws Exception {
        String login = "nodept-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "无单位")
                        .param("roles", "DEPT_HANDLER")
                        .param("departmentId", "")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("admin/user-form"))
                .andExpect(model().attributeHasFieldErrors("userForm", "departmentId"))
                .andExpect(content().string(containsString("id=\"departmentId-error\"")))
                .andExpect(content().string(containsString("必须属于一个承办单位")));
        assertThat(count(login)).isZero();
    }

    @Test
    void a_deputy_user_needs_a_deputy_record_not_taken_by_another_user() throws Exception {
        String login = "dep-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "代表")
                        .param("roles", "DEPUTY")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("userForm", "deputyId"));
        long taken = jdbc.queryForObject("SELECT deputy_id FROM app_user WHERE login = 'deputy001'", Long.class);
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "代表")
                        .param("roles", "DEPUTY")
                        .param("deputyId", String.valueOf(taken))
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(allOf(containsString("id=\"deputyId-error\""), containsString("已关联了另一个用户"))));
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "代表")
                        .param("roles", "DEPUTY")
                        .param("deputyId", "abc")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("userForm", "deputyId"));
        assertThat(count(login)).isZero();
    }

    @Test
    void a_department_on_a_user_who_is_no_handler_or_leader_is_refused() throws Exception {
        long department = jdbc.queryForObject("SELECT id FROM department WHERE code = 'dept03'", Long.class);
        String login = "staff-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "工作人员")
                        .param("roles", "STAFF")
                        .param("departmentId", String.valueOf(department))
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("userForm", "departmentId"));
        assertThat(count(login)).isZero();
    }

    @Test
    void a_taken_login_no_role_and_a_short_password_are_refused_next_to_their_fields() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", "staff1")
                        .param("displayName", "重复")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("userForm", "login"));
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", "noroles-" + run)
                        .param("displayName", "无角色")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("userForm", "roles"));
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", "short-" + run)
                        .param("displayName", "短密码")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("userForm", "password"));
        assertThat(count("noroles-" + run) + count("short-" + run)).isZero();
    }

    @Test
    void an_edit_changes_roles_and_resets_the_password_and_deactivation_keeps_the_row() throws Exception {
        String login = "edit-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "编辑前")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "first-pass-1"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE login = ?", Long.class, login);

        mvc.perform(get("/admin/users/" + id).with(as(directory, "admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"user-form\""),
                                containsString("编辑前"),
                                containsString("id=\"user-deactivate-button\""))));
        mvc.perform(post("/admin/users/" + id)
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "编辑后")
                        .param("roles", "STAFF", "COUNCIL")
                        .param("active", "true")
                        .param("password", "second-pass-2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(managingUsers.user(id).displayName()).isEqualTo("编辑后");
        assertThat(managingUsers.user(id).roles()).extracting(Enum::name).containsExactlyInAnyOrder("STAFF", "COUNCIL");
        assertThat(passwordEncoder.matches(
                        "second-pass-2",
                        jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id)))
                .isTrue();

        // an edit without a password keeps it
        mvc.perform(post("/admin/users/" + id)
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "编辑后")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(passwordEncoder.matches(
                        "second-pass-2",
                        jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id)))
                .isTrue();

        mvc.perform(post("/admin/users/" + id + "/deactivation")
                        .with(as(directory, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT active FROM app_user WHERE id = ?", Boolean.class, id))
                .isFalse();
        assertThat(directory.account(login))
                .get()
                .satisfies(u -> assertThat(u.isEnabled()).isFalse());
        mvc.perform(post("/admin/users/" + id + "/activation")
                        .with(as(directory, "admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT active FROM app_user WHERE id = ?", Boolean.class, id))
                .isTrue();
        // other tests count the active staff
        managingUsers.setUserActive(id, false, directory.account("admin").orElseThrow());
    }

    @Test
    void a_login_cannot_be_renamed_and_the_form_offers_it_read_only() throws Exception {
        String login = "rename-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "改名前")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "first-pass-1"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE login = ?", Long.class, login);
        mvc.perform(get("/admin/users/" + id).with(as(directory, "admin")))
                .andExpect(content().string(containsString("readonly=\"readonly\"")));

        mvc.perform(post("/admin/users/" + id)
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", "renamed-" + run)
                        .param("displayName", "改名后")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", ""))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrors("userForm", "login"))
                .andExpect(content().string(containsString("登录名不能修改")));
        assertThat(jdbc.queryForMap("SELECT login, display_name FROM app_user WHERE id = ?", id))
                .containsValues(login, "改名前");
        assertThat(count("renamed-" + run)).isZero();
        // other tests count the active staff
        managingUsers.setUserActive(id, false, directory.account("admin").orElseThrow());
    }

    @Test
    void a_weak_or_over_long_password_is_refused_next_to_the_field_never_a_server_error() throws Exception {
        String login = "weak-" + run;
        for (String password : new String[] {"abcdefgh", "abcd1234", "x1!" + login, "代表建议办理系统".repeat(3) + "代1!"}) {
            mvc.perform(post("/admin/users/new")
                            .with(as(directory, "admin"))
                            .with(csrf())
                            .param("login", login)
                            .param("displayName", "弱密码")
                            .param("roles", "STAFF")
                            .param("active", "true")
                            .param("password", password))
                    .andExpect(status().isBadRequest())
                    .andExpect(model().attributeHasFieldErrors("userForm", "password"))
                    .andExpect(content().string(not(containsString(password))));
        }
        assertThat(count(login)).isZero();
        long staff2 = jdbc.queryForObject("SELECT id FROM app_user WHERE login = 'staff2'", Long.class);
        String before = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, staff2);
        mvc.perform(post("/admin/users/" + staff2)
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", "staff2")
                        .param("displayName", managingUsers.user(staff2).displayName())
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "代".repeat(25)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("72 字节")));
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, staff2))
                .isEqualTo(before);
    }

    @Test
    void a_created_or_reset_password_must_be_changed_and_a_reset_lifts_a_lock() throws Exception {
        String login = "must-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "须改密码")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "first-pass-1"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE login = ?", Long.class, login);
        assertThat(mustChange(id)).isTrue();
        jdbc.update("UPDATE app_user SET password_must_change = FALSE WHERE id = ?", id);
        jdbc.update(
                "INSERT INTO sign_in_failure (login, failures, last_failure_at, locked_until) VALUES (?, 5, ?, ?)",
                login,
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC),
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(15));

        // a change without a password keeps the flag as it is
        mvc.perform(post("/admin/users/" + id)
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "须改密码")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(mustChange(id)).isFalse();

        mvc.perform(post("/admin/users/" + id)
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "须改密码")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "second-pass-2"))
                .andExpect(status().is3xxRedirection());
        assertThat(mustChange(id)).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure WHERE login = ?", Integer.class, login))
                .isZero();
        // other tests count the active staff
        managingUsers.setUserActive(id, false, directory.account("admin").orElseThrow());
    }

    private boolean mustChange(long id) {
        return jdbc.queryForObject("SELECT password_must_change FROM app_user WHERE id = ?", Boolean.class, id);
    }

    @Test
    void the_admin_cannot_deactivate_the_own_account() throws Exception {
        long admin = jdbc.queryForObject("SELECT id FROM app_user WHERE login = 'admin'", Long.class);
        mvc.perform(post("/admin/users/" + admin + "/deactivation")
                        .with(as(directory, "admin"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(view().name("error"));
        assertThat(jdbc.queryForObject("SELECT active FROM app_user WHERE id = ?", Boolean.class, admin))
                .isTrue();
    }

    @Test
    void the_deputy_picker_finds_deputies_and_fills_in_the_chosen_one() throws Exception {
        String name = jdbc.queryForObject(
                "SELECT name FROM deputy WHERE id = (SELECT deputy_id FROM app_user " + "WHERE login = 'deputy005')",
                String.class);
        long deputyId = jdbc.queryForObject("SELECT deputy_id FROM app_user WHERE login = 'deputy005'", Long.class);
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", "pick-" + run)
                        .param("roles", "DEPUTY")
                        .param("deputyQuery", name)
                        .param("findDeputy", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"pick-deputy-" + deputyId + "\"")));
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", "pick-" + run)
                        .param("roles", "DEPUTY")
                        .param("pickDeputy", String.valueOf(deputyId)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + deputyId + "\"")));
        assertThat(count("pick-" + run)).isZero();
    }

    @Test
    void a_post_without_the_csrf_token_is_refused() throws Exception {
        String login = "csrf-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .param("login", login)
                        .param("displayName", "无令牌")
                        .param("roles", "STAFF")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isForbidden());
        assertThat(count(login)).isZero();
    }

    @Test
    void other_roles_cannot_post_either() throws Exception {
        String login = "byStaff-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "staff1"))
                        .with(csrf())
                        .param("login", login)
                        .param("displayName", "越权")
                        .param("roles", "ADMIN")
                        .param("active", "true")
                        .param("password", "s3cret-pass"))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error"));
        assertThat(count(login)).isZero();
    }

    private int count(String login) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE login = ?", Integer.class, login);
    }
}
