package org.deputyflow.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.deputyflow.directory.web.AdminPages.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
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

/** Everyone's /account page: changing one's own password, and the change an admin-set password forces. */
@DeputyFlowTest
class AccountControllerTests {

    static final String PASSWORD = "Account-pass-1";
    static final String NEW_PASSWORD = "Changed-pass-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryService directory;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    String run;
    String login;
    long id;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        login = "account-" + run;
        id = loading.addUser(
                new User(null, login, "账号测试", null, null, true, Set.of(Role.STAFF)), passwordEncoder.encode(PASSWORD));
    }

    @AfterEach
    void tearDown() {
        // other tests count the active staff
        jdbc.update("UPDATE app_user SET active = FALSE WHERE login LIKE ?", "%" + run);
        jdbc.update("DELETE FROM sign_in_failure WHERE login LIKE ?", "%" + run);
    }

    @Test
    void a_user_changes_their_own_password_with_the_csrf_token_and_their_other_sessions_end() throws Exception {
        MockHttpSession other = signIn(login, PASSWORD);
        MockHttpSession session = signIn(login, PASSWORD);
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"password-form\""),
                                containsString(login),
                                containsString("修改密码"),
                                not(containsString("id=\"must-change\"")))));

        mvc.perform(change(NEW_PASSWORD, NEW_PASSWORD).session(session)).andExpect(status().isForbidden());
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();

        mvc.perform(change(NEW_PASSWORD, NEW_PASSWORD).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("flash", "密码已修改。"));
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash())).isTrue();

        // this session carries on, every other one has ended
        mvc.perform(get("/api/me").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/me").session(other)).andExpect(status().isUnauthorized());
        mvc.perform(formLogin().user(login).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin().user(login).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void a_wrong_current_password_a_weak_or_over_long_new_one_and_a_mismatch_show_next_to_their_fields()
            throws Exception {
        MockHttpSession session = signIn(login, PASSWORD);
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "Not-mine-1")
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"currentPassword-error\""),
                                containsString("当前密码不正确"),
                                not(containsString("Not-mine-1")),
                                not(containsString(NEW_PASSWORD)))));
        mvc.perform(change("abcdefgh", "abcdefgh").session(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(containsString("id=\"newPassword-error\""), containsString("字母、数字和符号"))));
        String overLong = "代表建议办理系统".repeat(3) + "代1!";
        mvc.perform(change(overLong, overLong).session(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        content().string(allOf(containsString("id=\"newPassword-error\""), containsString("72 字节"))));
        mvc.perform(change(NEW_PASSWORD, "Other-pass-3").session(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(containsString("id=\"confirmPassword-error\""), containsString("两次输入的新密码不一致"))));
        mvc.perform(change(login + "-1!", login + "-1!").session(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("密码不能包含登录名")));
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void a_refusal_shows_in_the_pages_language() throws Exception {
        MockHttpSession session = signIn(login, PASSWORD);
        mvc.perform(change("abcdefgh", "abcdefgh").session(session).with(csrf()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"newPassword-error\""),
                                containsString("A password needs letters, digits and symbols"))));
        assertThat(passwordEncoder.matches(PASSWORD, hash())).isTrue();
    }

    @Test
    void a_user_whose_password_an_admin_set_is_sent_to_the_account_page_until_they_change_it() throws Exception {
        String created = "fresh-" + run;
        mvc.perform(post("/admin/users/new")
                        .with(as(directory, "admin"))
                        .with(csrf())
                        .param("login", created)
                        .param("displayName", "新用户")
                        .param("roles", "STAFF")
                        .param("deputyId", "")
                        .param("active", "true")
                        .param("password", "Admin-set-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "SELECT password_must_change FROM app_user WHERE login = ?", Boolean.class, created))
                .isTrue();

        MockHttpSession session = signIn(created, "Admin-set-1");
        for (String page : new String[] {"/", "/staff", "/notifications", "/suggestions/1", "/admin"}) {
            mvc.perform(get(page).session(session).accept(MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/account"));
        }
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"must-change\"")));
        mvc.perform(get("/public").session(session)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "Admin-set-1")
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject(
                        "SELECT password_must_change FROM app_user WHERE login = ?", Boolean.class, created))
                .isFalse();
        mvc.perform(get("/staff").session(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void the_page_needs_a_sign_in() throws Exception {
        mvc.perform(get("/account").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    private MockHttpServletRequestBuilder change(String newPassword, String confirm) {
        return post("/account/password")
                .param("currentPassword", PASSWORD)
                .param("newPassword", newPassword)
                .param("confirmPassword", confirm);
    }

    private MockHttpSession signIn(String user, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(user).password(password))
                .andExpect(authenticated().withUsername(user))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    private String hash() {
        return jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class, id);
    }
}
