package org.deputyflow.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.ManagingUsers;
import org.deputyflow.directory.UserChange;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code PUT /api/me/password}: everyone changes their own password; an admin-set one must be changed first. */
@DeputyFlowTest
class OwnPasswordApiTests {

    static final String PASSWORD = "Api-pass-1";
    static final String NEW_PASSWORD = "Api-changed-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    ManagingUsers managingUsers;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    String run;
    String login;
    long id;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        login = "api-" + run;
        id = loading.addUser(
                new User(null, login, "接口测试", null, null, true, Set.of(Role.STAFF)), passwordEncoder.encode(PASSWORD));
    }

    @AfterEach
    void tearDown() {
        // other tests count the active staff
        jdbc.update("UPDATE app_user SET active = FALSE WHERE login LIKE ?", "%" + run);
        jdbc.update("DELETE FROM sign_in_failure WHERE login LIKE ?", "%" + run);
    }

    @Test
    void a_user_changes_their_own_password_over_basic_and_the_old_one_stops_working() throws Exception {
        mvc.perform(change(PASSWORD, NEW_PASSWORD).with(httpBasic(login, PASSWORD)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/me").with(httpBasic(login, PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/me").with(httpBasic(login, NEW_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordMustChange").value(false));
    }

    @Test
    void bad_changes_are_400_as_problem_json_naming_the_field_and_change_nothing() throws Exception {
        expect400(change("Not-mine-1", NEW_PASSWORD), "currentPassword", "当前密码不正确");
        expect400(change(PASSWORD, "short1!"), "newPassword", "至少 8 个字符");
        expect400(change(PASSWORD, "abcdefgh1"), "newPassword", "字母、数字和符号");
        expect400(change(PASSWORD, "代表建议办理系统".repeat(3) + "代1!"), "newPassword", "72 字节");
        expect400(change(PASSWORD, "x1!" + login), "newPassword", "登录名");
        expect400(change(PASSWORD, PASSWORD), "newPassword", "不能与当前密码相同");
        expect400(change(PASSWORD, null), "newPassword", "请设置密码");
        mvc.perform(put("/api/me/password")
                        .with(httpBasic(login, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isBadRequest());
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void a_refusal_reads_in_the_callers_language_and_carries_its_code() throws Exception {
        mvc.perform(change(PASSWORD, "short1!").with(httpBasic(login, PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword").value("A password needs at least 8 characters"))
                .andExpect(jsonPath("$.code").value("error.directory.password.tooShort"));
        mvc.perform(change(PASSWORD, "x".repeat(71) + "1!")
                        .with(httpBasic(login, PASSWORD))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.newPassword")
                        .value(org.hamcrest.Matchers.startsWith("A password may have at most 72 bytes")));
    }

    @Test
    void nobody_changes_a_password_without_signing_in() throws Exception {
        mvc.perform(change(PASSWORD, NEW_PASSWORD).with(csrf())).andExpect(status().isUnauthorized());
    }

    @Test
    void in_a_session_the_change_needs_the_csrf_token_and_the_session_carries_on() throws Exception {
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(login).password(PASSWORD))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(change(PASSWORD, NEW_PASSWORD).session(session)).andExpect(status().isForbidden());
        mvc.perform(change(PASSWORD, NEW_PASSWORD).session(session).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value(login));
    }

    @Test
    void five_wrong_current_passwords_lock_the_login_like_five_wrong_sign_ins() throws Exception {
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(login).password(PASSWORD))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(change("Guess-pass-" + i, NEW_PASSWORD).session(session).with(csrf()))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(change(PASSWORD, NEW_PASSWORD).session(session).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(formLogin().user(login).password(PASSWORD)).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void an_admin_set_password_allows_only_who_am_i_and_the_change_until_it_is_changed() throws Exception {
        String created = "fresh-" + run;
        managingUsers.createUser(new UserChange(created, "新用户", Set.of(Role.STAFF), null, null, true, "Admin-set-1"));

        mvc.perform(get("/api/tasks").with(httpBasic(created, "Admin-set-1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.password.mustChange"));
        mvc.perform(get("/api/suggestions").with(httpBasic(created, "Admin-set-1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/me").with(httpBasic(created, "Admin-set-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passwordMustChange").value(true));

        mvc.perform(change("Admin-set-1", NEW_PASSWORD).with(httpBasic(created, "Admin-set-1")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/tasks").with(httpBasic(created, NEW_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(created, NEW_PASSWORD)))
                .andExpect(jsonPath("$.passwordMustChange").value(false));
    }

    private void expect400(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        mvc.perform(request.with(httpBasic(login, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors." + field).value(org.hamcrest.Matchers.containsString(message)));
    }

    private MockHttpServletRequestBuilder change(String current, String next) throws Exception {
        java.util.Map<String, String> body = new java.util.HashMap<>();
        body.put("currentPassword", current);
        body.put("newPassword", next);
        return put("/api/me/password").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private String hash() {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id);
    }
}
