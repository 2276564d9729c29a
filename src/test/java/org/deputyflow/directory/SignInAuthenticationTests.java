package org.deputyflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Lockout per login and throttling per client address, by the sign-in form and by HTTP Basic. Each
 * test signs in as a login of its own from addresses of its own (10.77.x.y), so that the logins and
 * the address 127.0.0.1 that the rest of the suite uses never come near a lock.
 */
@DeputyFlowTest
class SignInAuthenticationTests {

    static final String PASSWORD = "Right-pass-1";
    static final String WRONG = "Wrong-pass-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    String run;
    String login;
    long id;
    String address;
    Instant now;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        login = "lock-" + run;
        id = loading.addUser(
                new User(null, login, "锁定测试", null, null, true, Set.of(Role.STAFF)), passwordEncoder.encode(PASSWORD));
        address = address();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        // other tests count the active staff
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", id);
        jdbc.update("DELETE FROM sign_in_failure WHERE login LIKE ?", "%" + run + "%");
        jdbc.update("DELETE FROM sign_in_address WHERE address LIKE '10.77.%'");
    }

    @Test
    void five_wrong_passwords_lock_the_login_whatever_the_password_until_the_lock_ends() throws Exception {
        for (int i = 1; i <= 4; i++) {
            form(login, WRONG, address).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        form(login, WRONG, address).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(jdbc.queryForObject(
                        "SELECT locked_until FROM sign_in_failure WHERE login = ?",
                        java.time.LocalDateTime.class,
                        login))
                .isEqualTo(
                        java.time.LocalDateTime.ofInstant(now.plus(Duration.ofMinutes(15)), java.time.ZoneOffset.UTC));

        // the right password tells nothing either, by the form and by HTTP Basic
        form(login, PASSWORD, address)
                .andExpect(redirectedUrl("/login?error=locked"))
                .andExpect(unauthenticated());
        form(login, PASSWORD, address()).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/api/me").with(httpBasic(login, PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.signIn.locked"));
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(containsString("该账号已锁定，请 15 分钟后再试")));

        clock.set(now.plus(Duration.ofMinutes(14)));
        form(login, PASSWORD, address).andExpect(redirectedUrl("/login?error=locked"));

        clock.set(now.plus(Duration.ofMinutes(15)).plusSeconds(1));
        form(login, PASSWORD, address).andExpect(authenticated().withUsername(login));
        assertThat(failureRows(login)).isZero();
    }

    @Test
    void the_lock_holds_for_http_basic_as_for_the_form() throws Exception {
        for (int i = 1; i <= 4; i++) {
            mvc.perform(get("/api/me").with(httpBasic(login, WRONG)).with(from(address)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.title").value("未登录"));
        }
        mvc.perform(get("/api/me").with(httpBasic(login, WRONG)).with(from(address)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("WWW-Authenticate"))
                .andExpect(jsonPath("$.code").value("error.signIn.locked"));
        mvc.perform(get("/api/me").with(httpBasic(login, PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("error.signIn.locked"));
        form(login, PASSWORD, address).andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void a_successful_sign_in_ends_the_run_of_failures() throws Exception {
        for (int i = 1; i <= 4; i++) {
            form(login, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(get("/api/me").with(httpBasic(login, PASSWORD)).with(from(address)))
                .andExpect(status().isOk());
        assertThat(failureRows(login)).isZero();
        for (int i = 1; i <= 4; i++) {
            form(login, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        form(login, PASSWORD, address).andExpect(authenticated().withUsername(login));
    }

    @Test
    void failures_further_apart_than_the_lock_duration_are_not_in_a_row() throws Exception {
        for (int i = 1; i <= 4; i++) {
            form(login, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        clock.set(now.plus(Duration.ofMinutes(16)));
        form(login, WRONG, address).andExpect(redirectedUrl("/login?error"));
        form(login, PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void the_login_counts_in_any_case_and_an_unknown_login_locks_like_a_known_one() throws Exception {
        String nobody = "nobody-" + run;
        for (int i = 1; i <= 4; i++) {
            form(nobody, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        // a lock must not tell a guesser which logins exist
        form(nobody, WRONG, address).andExpect(redirectedUrl("/login?error=locked"));

        for (int i = 1; i <= 4; i++) {
            form(i % 2 == 0 ? login.toUpperCase() : login, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        form(" " + login.toUpperCase() + " ", WRONG, address).andExpect(redirectedUrl("/login?error=locked"));
        form(login, PASSWORD, address).andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void a_deactivated_account_fails_like_a_wrong_password_and_counts() throws Exception {
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", id);
        form(login, PASSWORD, address).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(get("/api/me").with(httpBasic(login, PASSWORD)).with(from(address)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("未登录"));
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_failure WHERE login = ?", Integer.class, login))
                .isEqualTo(2);
    }

    @Test
    void an_over_long_password_at_sign_in_is_a_failed_sign_in_not_a_server_error() throws Exception {
        String overLong = "代表建议办理系统".repeat(3) + "代";
        form(login, overLong, address).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/me").with(httpBasic(login, overLong)).with(from(address)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void many_failures_from_one_address_across_many_logins_refuse_the_address_until_the_window_ends() throws Exception {
        for (int i = 1; i <= 20; i++) {
            form("nobody-" + run + "-" + i, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        // refused before any password is checked, even the right one
        form(login, PASSWORD, address)
                .andExpect(redirectedUrl("/login?error=refused"))
                .andExpect(unauthenticated());
        mvc.perform(get("/api/me").with(httpBasic(login, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", String.valueOf(5 * 60 + 1)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/login").param("error", "refused")).andExpect(content().string(containsString("登录失败次数过多")));

        // another address signs in; the logins tried are far from locked
        form(login, PASSWORD, address()).andExpect(authenticated().withUsername(login));

        clock.set(now.plus(Duration.ofMinutes(5)).plusSeconds(1));
        form(login, PASSWORD, address).andExpect(authenticated().withUsername(login));
    }

    @Test
    void successes_never_count_against_an_address() throws Exception {
        for (int i = 1; i <= 25; i++) {
            mvc.perform(get("/api/me").with(httpBasic(login, PASSWORD)).with(from(address)))
                    .andExpect(status().isOk());
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM sign_in_address WHERE address = ?", Integer.class, address))
                .isZero();
    }

    private ResultActions form(String user, String password, String from) throws Exception {
        return mvc.perform(post("/login")
                .param("username", user)
                .param("password", password)
                .with(csrf())
                .with(from(from)));
    }

    private int failureRows(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_failure WHERE login = ?", Integer.class, key);
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10.77." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
