package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.ManagingDepartments;
import org.deputyflow.directory.ManagingUsers;
import org.deputyflow.directory.UserChange;
import org.deputyflow.directory.domain.DepartmentKind;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions end at once when what they vouch for changes: deactivation, roles, department, a
 * password reset. Each test signs in with the form and goes on with the session it got, as a
 * browser does. The session cookie and the idle timeout are checked on the running server.
 */
@DeputyFlowTest
class SessionTests {

    static final String PASSWORD = "Session-pass-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryService directory;

    @Autowired
    ManagingUsers managingUsers;

    @Autowired
    ManagingDepartments managingDepartments;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    ServerProperties server;

    @LocalServerPort
    int port;

    String run;
    String login;
    long id;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
        login = "session-" + run;
        id = loading.addUser(
                new User(null, login, "会话测试", null, null, true, Set.of(Role.STAFF)), passwordEncoder.encode(PASSWORD));
    }

    @AfterEach
    void tearDown() {
        // other tests count the active staff and handlers
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", id);
    }

    @Test
    void deactivating_a_user_on_the_admin_page_ends_their_session_at_once() throws Exception {
        MockHttpSession session = signIn();
        mvc.perform(post("/admin/users/{id}/deactivation", id)
                        .with(user(admin()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        expectEnded(session);
    }

    @Test
    void a_change_of_roles_ends_the_session_and_a_change_of_the_name_alone_does_not() throws Exception {
        MockHttpSession session = signIn();
        managingUsers.updateUser(id, change("新名字", Set.of(Role.STAFF), null, null), admin());
        mvc.perform(get("/api/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value(login));

        managingUsers.updateUser(id, change("新名字", Set.of(Role.STAFF, Role.COUNCIL), null, null), admin());
        expectEnded(session);
    }

    @Test
    void a_change_of_department_ends_the_session() throws Exception {
        long first = managingDepartments.createDepartment("s1" + run, "会话测试甲局" + run, DepartmentKind.GOVERNMENT, true);
        long second = managingDepartments.createDepartment("s2" + run, "会话测试乙局" + run, DepartmentKind.GOVERNMENT, true);
        managingUsers.updateUser(id, change("经办人", Set.of(Role.DEPT_HANDLER), first, null), admin());
        MockHttpSession session = signIn();
        mvc.perform(get("/api/me").session(session))
                .andExpect(jsonPath("$.departmentId").value(first));

        managingUsers.updateUser(id, change("经办人", Set.of(Role.DEPT_HANDLER), second, null), admin());
        expectEnded(session);
        MockHttpSession again = signIn();
        mvc.perform(get("/api/me").session(again))
                .andExpect(jsonPath("$.departmentId").value(second));
        managingDepartments.setDepartmentActive(first, false);
        managingDepartments.setDepartmentActive(second, false);
    }

    @Test
    void a_password_reset_ends_the_session_and_the_new_password_must_be_changed() throws Exception {
        MockHttpSession session = signIn();
        managingUsers.updateUser(
                id, new UserChange(login, "会话测试", Set.of(Role.STAFF), null, null, true, "Reset-pass-2"), admin());

        expectEnded(session);
        MockHttpSession after =
                (MockHttpSession) mvc.perform(formLogin().user(login).password("Reset-pass-2"))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(get("/staff").session(after).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_secure_behind_a_tls_proxy() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> plain = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(plain.headers().allValues("Set-Cookie"));
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // a reverse proxy on this host that terminated TLS says so; Tomcat trusts it and marks the cookie
        HttpResponse<String> proxied = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(proxied.headers().allValues("Set-Cookie")))
                .contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void only_a_proxy_on_this_host_may_say_who_the_client_is() {
        Pattern trusted = Pattern.compile(server.getTomcat().getRemoteip().getInternalProxies());
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        // the office network is full of clients: none of them may forge X-Forwarded-For
        assertThat(trusted.matcher("10.1.2.3").matches()).isFalse();
        assertThat(trusted.matcher("192.168.1.20").matches()).isFalse();
        assertThat(trusted.matcher("172.16.0.5").matches()).isFalse();
    }

    @Test
    void a_session_idle_for_30_minutes_ends() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        Context web = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        assertThat(web.getSessionTimeout()).isEqualTo(30);
    }

    private MockHttpSession signIn() throws Exception {
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user(login).password(PASSWORD))
                        .andExpect(authenticated().withUsername(login))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(get("/api/me").session(session)).andExpect(status().isOk());
        return session;
    }

    private void expectEnded(MockHttpSession session) throws Exception {
        mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/staff").session(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    private UserChange change(String name, Set<Role> roles, Long departmentId, Long deputyId) {
        return new UserChange(login, name, roles, departmentId, deputyId, true, null);
    }

    private CurrentUser admin() {
        return directory.account("admin").orElseThrow();
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }
}
