package org.deputyflow.token.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.directory.ChangingPasswords;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.ManagingUsers;
import org.deputyflow.directory.UserChange;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.token.domain.TokenSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/** Personal API tokens: issuing, listing and revoking them, and calling the API with one. */
@DeputyFlowTest
class ApiTokenApiTests {

    static final AtomicInteger USERS = new AtomicInteger();
    static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    DirectoryService directory;

    @Autowired
    ManagingUsers managingUsers;

    @Autowired
    ChangingPasswords passwords;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    /** Users made by a test, deactivated afterwards so that no role's member list grows. */
    final List<Long> createdUsers = new ArrayList<>();

    record Token(long id, String secret, JsonNode body) {}

    @AfterEach
    void cleanUp() {
        clock.reset();
        for (long id : createdUsers) {
            managingUsers.setUserActive(id, false, admin());
        }
    }

    @Test
    void a_user_issues_lists_and_revokes_a_token_which_is_shown_only_once() throws Exception {
        Token token = issue("staff1", "部门系统对接", null);
        assertThat(token.secret()).startsWith("dft_").hasSize(47);
        Instant created = Instant.parse(token.body().get("createdAt").asText());
        assertThat(Instant.parse(token.body().get("expiresAt").asText())).isEqualTo(created.plus(Duration.ofDays(30)));
        assertThat(token.body().get("name").asText()).isEqualTo("部门系统对接");

        MvcResult listed = mvc.perform(get("/api/tokens?size=200").with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andReturn();
        String listing = listed.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listing).doesNotContain(token.secret()).doesNotContain("\"token\"");
        JsonNode own = item(json.readTree(listing), token.id());
        assertThat(own.get("name").asText()).isEqualTo("部门系统对接");
        assertThat(own.get("createdAt").asText())
                .isEqualTo(token.body().get("createdAt").asText());
        assertThat(own.get("expiresAt").asText())
                .isEqualTo(token.body().get("expiresAt").asText());
        assertThat(own.has("revokedAt")).isFalse();

        mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk());
        mvc.perform(delete("/api/tokens/" + token.id()).with(httpBasic("staff1", "demo")))
                .andExpect(status().isNoContent());

        refused(bearer(get("/api/me"), token));
        mvc.perform(bearer(get("/api/me"), token).header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail")
                        .value("The token is invalid, expired or revoked: sign in and issue a new token"));
        JsonNode after = json.readTree(mvc.perform(get("/api/tokens?size=200").with(httpBasic("staff1", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(item(after, token.id()).get("revokedAt").isTextual()).isTrue();
        // revoking twice changes nothing
        mvc.perform(delete("/api/tokens/" + token.id()).with(httpBasic("staff1", "demo")))
                .andExpect(status().isNoContent());
    }

    @Test
    void the_list_is_paged_newest_first() throws Exception {
        CurrentUser user = newUser(Role.STAFF);
        Token first = issue(user.login(), "第一个", null);
        Token second = issue(user.login(), "第二个", null);
        Token third = issue(user.login(), "第三个", null);

        mvc.perform(get("/api/tokens?page=0&size=2").with(httpBasic(user.login(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].id").value(third.id()))
                .andExpect(jsonPath("$.items[1].id").value(second.id()));
        mvc.perform(get("/api/tokens?page=1&size=2").with(httpBasic(user.login(), PASSWORD)))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(first.id()));
    }

    @Test
    void a_token_signs_in_as_its_user_without_a_session_and_writes_without_a_csrf_token() throws Exception {
        Token token = issue("deputy007", "脚本", null);

        mvc.perform(bearer(get("/api/me"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value("deputy007"))
                .andExpect(jsonPath("$.roles[0]").value("DEPUTY"))
                .andExpect(authenticated().withAuthentication(authentication -> {
                    // the token's own authentication, not HTTP Basic's: no password was checked
                    assertThat(authentication).isInstanceOf(ApiTokenAuthentication.class);
                    assertThat(((ApiTokenAuthentication) authentication).tokenId())
                            .isEqualTo(token.id());
                    assertThat(authentication.getCredentials()).isNull();
                }))
                .andExpect(result ->
                        assertThat(result.getRequest().getSession(false)).isNull());

        // a write: POST without a CSRF token, as a script sends it
        mvc.perform(bearer(post("/api/notifications/read-all"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").isNumber());
        refused(post("/api/notifications/read-all").header("Authorization", "Bearer " + token.secret() + "x"));

        // the scheme is case-insensitive (RFC 7235) and surrounding spaces are ignored
        mvc.perform(get("/api/me").header("Authorization", "bearer  " + token.secret() + " "))
                .andExpect(status().isOk());
    }

    @Test
    void a_call_with_a_token_reads_it_without_a_transaction_and_a_write_commits_one() throws Exception {
        Token token = issue("deputy007", "脚本", null);

        // the token, its account and the note of its first use: each statement commits alone
        assertThat(transactionsBegunBy(
                        () -> mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk())))
                .isZero();
        assertThat(lastUsed(token)).isNotNull();
        assertThat(transactionsBegunBy(() -> mvc.perform(bearer(post("/api/notifications/read-all"), token))
                        .andExpect(status().isOk())))
                .isEqualTo(1);
    }

    /** Transactions begun on this thread while the call ran. */
    private int transactionsBegunBy(ThrowingCall call) throws Exception {
        Thread caller = Thread.currentThread();
        AtomicInteger begun = new AtomicInteger();
        TransactionExecutionListener counter = new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                if (Thread.currentThread() == caller) {
                    begun.incrementAndGet();
                }
            }
        };
        ConfigurableTransactionManager manager = (ConfigurableTransactionManager) transactions;
        manager.addListener(counter);
        try {
            call.run();
        } finally {
            manager.getTransactionExecutionListeners().remove(counter);
        }
        return begun.get();
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dft_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "not-a-token", "dft_", "Basic"})
    void an_unknown_or_malformed_token_is_401_problem_json(String secret) throws Exception {
        refused(get("/api/me").header("Authorization", "Bearer " + secret));
    }

    @Test
    void a_token_stops_working_at_its_expiry() throws Exception {
        Instant issuedAt = Instant.parse("2026-05-11T02:00:00Z");
        clock.set(issuedAt);
        Token token = issue("staff2", "七天", 7);
        assertThat(token.body().get("expiresAt").asText()).isEqualTo("2026-05-18T02:00:00Z");

        clock.set(issuedAt.plus(Duration.ofDays(7)).minusSeconds(1));
        mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk());
        clock.set(issuedAt.plus(Duration.ofDays(7)));
        refused(bearer(get("/api/me"), token));
        clock.set(issuedAt.plus(Duration.ofDays(60)));
        refused(bearer(get("/api/me"), token));
    }

    @Test
    void a_token_lives_at_most_ninety_days_and_needs_a_name() throws Exception {
        Token longest = issue("staff1", "季度报送", 90);
        Instant created = Instant.parse(longest.body().get("createdAt").asText());
        assertThat(Instant.parse(longest.body().get("expiresAt").asText()))
                .isEqualTo(created.plus(Duration.ofDays(90)));

        issueRaw("staff1", body("太久", 91))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.days").isNotEmpty());
        issueRaw("staff1", body("太短", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.days").isNotEmpty());
        issueRaw("staff1", body("  ", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").isNotEmpty());
        issueRaw("staff1", body(null, 10))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").isNotEmpty());
        issueRaw("staff1", body("名".repeat(101), 10))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").isNotEmpty());
        issueRaw("staff1", body("名".repeat(100), 10)).andExpect(status().isCreated());
    }

    @Test
    void only_a_signed_in_user_has_tokens_and_a_token_cannot_issue_another() throws Exception {
        mvc.perform(get("/api/tokens")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/tokens")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/tokens/1").with(csrf())).andExpect(status().isUnauthorized());

        Token token = issue("dept01-handler", "对接", null);
        mvc.perform(bearer(post("/api/tokens"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"续命\"}"))
                .andExpect(status().isForbidden());
        // but it lists its user's tokens, and may revoke itself
        mvc.perform(bearer(get("/api/tokens"), token)).andExpect(status().isOk());
        mvc.perform(bearer(delete("/api/tokens/" + token.id()), token)).andExpect(status().isNoContent());
        refused(bearer(get("/api/tokens"), token));
    }

    @Test
    void issuing_and_revoking_are_lines_of_the_audit_trail_without_the_secret_and_a_refused_revoke_none()
            throws Exception {
        Token token = issue("staff1", "审计的令牌", 7);
        mvc.perform(delete("/api/tokens/" + token.id()).with(httpBasic("staff2", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/tokens/" + token.id()).with(httpBasic("staff1", "demo")))
                .andExpect(status().isNoContent());

        List<Map<String, Object>> lines = jdbc.queryForList(
                "SELECT action, actor_login, outcome, details"
                        + " FROM audit_event WHERE record_type = 'token' AND record_id = ? ORDER BY id",
                String.valueOf(token.id()));
        assertThat(lines)
                .extracting(l -> l.getOrDefault("action", l.get("ACTION")))
                .containsExactly("token.issue", "token.revoke");
        assertThat(lines)
                .allSatisfy(l -> assertThat(l.getOrDefault("actor_login", l.get("ACTOR_LOGIN")))
                        .isEqualTo("staff1"));
        assertThat(String.valueOf(
                        lines.get(0).getOrDefault("details", lines.get(0).get("DETAILS"))))
                .contains("审计的令牌", "\"owner\":\"staff1\"");
        assertThat(lines.toString()).doesNotContain(token.secret(), TokenSecret.hash(token.secret()));
    }

    @Test
    void another_users_token_is_not_found_and_stays_valid() throws Exception {
        Token staffs = issue("staff1", "staff1 的令牌", null);

        mvc.perform(delete("/api/tokens/" + staffs.id()).with(httpBasic("staff2", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(delete("/api/tokens/" + staffs.id()).with(httpBasic("deputy001", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/tokens/999999999").with(httpBasic("staff1", "demo")))
                .andExpect(status().isNotFound());

        mvc.perform(bearer(get("/api/me"), staffs)).andExpect(status().isOk());
        String othersList = mvc.perform(get("/api/tokens?size=200").with(httpBasic("staff2", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(othersList).get("items"))
                .noneMatch(item -> item.get("id").asLong() == staffs.id());
    }

    @Test
    void only_the_sha256_of_the_token_is_stored() throws Exception {
        Token token = issue("council1", "大屏", null);

        String stored = jdbc.queryForObject("SELECT token_hash FROM api_token WHERE id = ?", String.class, token.id());
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isEqualTo(sha256).hasSize(64).isNotEqualTo(token.secret());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR name = ? OR login = ?",
                        Long.class,
                        token.secret(),
                        token.secret(),
                        token.secret()))
                .isZero();
    }

    @Test
    void a_token_carries_its_users_roles_at_the_time_of_each_call() throws Exception {
        CurrentUser user = newUser(Role.STAFF);
        Token token = issue(user.login(), "报表", null);
        mvc.perform(bearer(get("/api/overdue"), token)).andExpect(status().isOk());

        change(user, Set.of(Role.ADMIN));
        mvc.perform(bearer(get("/api/me"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles[0]").value("ADMIN"));
        mvc.perform(bearer(get("/api/overdue"), token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        change(user, Set.of(Role.COUNCIL));
        mvc.perform(bearer(get("/api/overdue"), token)).andExpect(status().isOk());
    }

    @Test
    void deactivating_a_user_revokes_their_tokens() throws Exception {
        CurrentUser user = newUser(Role.STAFF);
        Token first = issue(user.login(), "甲", null);
        Token second = issue(user.login(), "乙", null);
        mvc.perform(bearer(get("/api/me"), first)).andExpect(status().isOk());

        managingUsers.setUserActive(user.id(), false, admin());

        refused(bearer(get("/api/me"), first));
        refused(bearer(get("/api/me"), second));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM api_token WHERE user_id = ? AND revoked_at IS NULL",
                        Long.class,
                        user.id()))
                .isZero();
        // reactivated, the user signs in again but the tokens stay revoked
        managingUsers.setUserActive(user.id(), true, admin());
        refused(bearer(get("/api/me"), first));
    }

    @Test
    void saving_a_user_as_inactive_on_the_admin_form_revokes_their_tokens() throws Exception {
        CurrentUser user = newUser(Role.STAFF);
        Token token = issue(user.login(), "甲", null);

        managingUsers.updateUser(
                user.id(),
                new UserChange(user.login(), user.displayName(), Set.of(Role.STAFF), null, null, false, null),
                admin());

        assertThat(jdbc.queryForObject(
                        "SELECT revoked_at IS NOT NULL FROM api_token WHERE id = ?", Boolean.class, token.id()))
                .isTrue();
        refused(bearer(get("/api/me"), token));
    }

    @Test
    void a_token_of_an_inactive_user_is_refused_even_if_not_revoked() throws Exception {
        CurrentUser user = newUser(Role.STAFF);
        Token token = issue(user.login(), "甲", null);
        jdbc.update("UPDATE app_user SET active = FALSE WHERE id = ?", user.id());
        try {
            refused(bearer(get("/api/me"), token));
        } finally {
            jdbc.update("UPDATE app_user SET active = TRUE WHERE id = ?", user.id());
        }
        mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk());
    }

    @Test
    void the_last_use_is_written_at_most_once_a_minute() throws Exception {
        Instant issuedAt = Instant.parse("2026-06-01T01:00:00Z");
        clock.set(issuedAt);
        Token token = issue("staff2", "频繁调用", null);
        assertThat(lastUsed(token)).isNull();

        mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk());
        assertThat(lastUsed(token)).isEqualTo(issuedAt);
        clock.set(issuedAt.plusSeconds(59));
        mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk());
        assertThat(lastUsed(token)).isEqualTo(issuedAt);
        clock.set(issuedAt.plusSeconds(60));
        mvc.perform(bearer(get("/api/me"), token)).andExpect(status().isOk());
        assertThat(lastUsed(token)).isEqualTo(issuedAt.plusSeconds(60));

        mvc.perform(get("/api/tokens?size=200").with(httpBasic("staff2", "demo")))
                .andExpect(result -> assertThat(item(
                                        json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)),
                                        token.id())
                                .get("lastUsedAt")
                                .asText())
                        .isEqualTo("2026-06-01T01:01:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/staff", "/admin", "/staff/suggestions", "/notifications"})
    void a_token_does_not_open_a_page(String page) throws Exception {
        Token token = issue("admin", "页面", null);
        mvc.perform(bearer(get(page), token).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(bearer(get(page), token).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }

    @Test
    void a_token_does_not_open_the_engines_rest_api_or_webapps() throws Exception {
        Token token = issue("admin", "引擎", null);
        assertThat(realGet("/engine-rest/engine", token).statusCode()).isEqualTo(401);
        assertThat(realGet("/engine-rest/process-definition", token).statusCode())
                .isEqualTo(401);
        HttpResponse<String> cockpit = realGet("/camunda/app/cockpit/default/", token);
        assertThat(cockpit.statusCode()).isIn(401, 302);
        assertThat(cockpit.body()).doesNotContain("cockpit");
        // the same admin with a password is let in: the token alone is what is refused
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + java.util.Base64.getEncoder()
                                                                .encodeToString(
                                                                        "admin:demo".getBytes(StandardCharsets.UTF_8)))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
    }

    // ---- helpers ---------------------------------------------------------------------------

    static final String INITIAL_PASSWORD = "initial-Pass-1";
    static final String PASSWORD = "token-Test-2";

    private Token issue(String login, String name, Integer days) throws Exception {
        String password = login.startsWith("tok") ? PASSWORD : "demo";
        MvcResult result = mvc.perform(post("/api/tokens")
                        .with(httpBasic(login, password))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body(name, days))))
                .andExpect(status().isCreated())
                .andReturn();
        JsonNode body = json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        return new Token(body.get("id").asLong(), body.get("token").asText(), body);
    }

    private ResultActions issueRaw(String login, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/tokens")
                .with(httpBasic(login, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    private static Map<String, Object> body(String name, Integer days) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (days != null) {
            body.put("days", days);
        }
        return body;
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, Token token) {
        return request.header("Authorization", "Bearer " + token.secret());
    }

    private void refused(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.code").value("error.token.refused"))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")));
    }

    private HttpResponse<String> realGet(String path, Token token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token.secret())
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode item(JsonNode page, long id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("id").asLong() == id) {
                return item;
            }
        }
        throw new AssertionError("token " + id + " is not listed: " + page);
    }

    private Instant lastUsed(Token token) {
        return jdbc.query(
                "SELECT last_used_at FROM api_token WHERE id = ?",
                rs -> {
                    rs.next();
                    java.time.LocalDateTime at = rs.getObject(1, java.time.LocalDateTime.class);
                    return at == null ? null : at.toInstant(java.time.ZoneOffset.UTC);
                },
                token.id());
    }

    /** A new user who has made the admin's initial password their own, as at the first sign-in. */
    private CurrentUser newUser(Role role) {
        String login = "tok" + System.currentTimeMillis() % 100000 + "-" + USERS.incrementAndGet();
        long id = managingUsers.createUser(
                new UserChange(login, "令牌测试", Set.of(role), null, null, true, INITIAL_PASSWORD));
        createdUsers.add(id);
        return passwords.changeOwnPassword(directory.account(login).orElseThrow(), INITIAL_PASSWORD, PASSWORD);
    }

    private void change(CurrentUser user, Set<Role> roles) {
        managingUsers.updateUser(
                user.id(), new UserChange(user.login(), user.displayName(), roles, null, null, true, null), admin());
    }

    private CurrentUser admin() {
        return directory.account("admin").orElseThrow();
    }
}
