package org.deputyflow.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditTrail;
import org.deputyflow.audit.domain.AuditPage;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail as the auditor reads it, and the sign-in events that feed it, by the form and over HTTP.
 * Sign-ins come from addresses of their own (10.78.x.y) and logins of their own, so that no other
 * test's lines count and no lock comes near the suite's logins.
 */
@DeputyFlowTest
class AuditApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DirectoryService directory;

    @Autowired
    AuditTrail trail;

    @Autowired
    PlatformTransactionManager transactions;

    @LocalServerPort
    int port;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String address = "10.78." + ThreadLocalRandom.current().nextInt(256) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @AfterEach
    void tearDown() {
        jdbc.update("DELETE FROM sign_in_failure WHERE login LIKE ?", "%" + run + "%");
        jdbc.update("DELETE FROM sign_in_address WHERE address = ?", address);
    }

    @Test
    void the_admin_may_not_read_the_trail() throws Exception {
        RequestPostProcessor admin = as("admin");
        mvc.perform(get("/api/audit/events").with(admin).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/verify").with(admin).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/events.csv").with(admin)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(admin)).andExpect(status().isForbidden());
    }

    @Test
    void the_auditor_reaches_the_trail_their_account_and_nothing_else() throws Exception {
        RequestPostProcessor auditor = as("auditor");
        mvc.perform(get("/").with(auditor)).andExpect(redirectedUrl("/audit"));
        mvc.perform(get("/audit").with(auditor)).andExpect(status().isOk());
        mvc.perform(get("/audit/verify").with(auditor)).andExpect(status().isOk());
        mvc.perform(get("/account").with(auditor)).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(auditor).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk());
        for (String page : List.of("/admin", "/staff", "/deputy", "/notifications", "/motions")) {
            mvc.perform(get(page).with(auditor)).andExpect(status().isForbidden());
        }
        for (String api :
                List.of("/api/suggestions", "/api/tokens", "/api/notifications", "/api/directory/departments")) {
            mvc.perform(get(api).with(auditor).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void a_page_of_events_is_newest_first_filtered_and_counted_and_the_read_is_audited() throws Exception {
        for (int i = 0; i < 3; i++) {
            trail.record("test.paged", "test", run, AuditTrail.SUCCESS, Map.of("n", i));
        }
        mvc.perform(get("/api/audit/events")
                        .param("recordType", "test")
                        .param("recordId", run)
                        .param("size", "2")
                        .param("page", "0")
                        .with(as("auditor"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.totalCapped").value(false))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].details").value("{\"n\":2}"))
                .andExpect(jsonPath("$.items[1].details").value("{\"n\":1}"));
        mvc.perform(get("/api/audit/events")
                        .param("recordType", "test")
                        .param("recordId", run)
                        .param("size", "2")
                        .param("page", "1")
                        .with(as("auditor"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].details").value("{\"n\":0}"));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'audit.read'"
                                + " AND actor_login = 'auditor' AND details LIKE ?",
                        Integer.class,
                        "%" + run + "%"))
                .isEqualTo(2);
    }

    @Test
    void the_pager_counts_at_most_ten_thousand_rows_and_says_there_are_more() throws Exception {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i <= AuditPage.COUNT_CAP; i++) {
                trail.record("test.many", "test", run, AuditTrail.SUCCESS, null);
            }
        });
        mvc.perform(get("/api/audit/events")
                        .param("recordType", "test")
                        .param("recordId", run)
                        .param("size", "50")
                        .with(as("auditor"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(10_000))
                .andExpect(jsonPath("$.totalCapped").value(true))
                .andExpect(jsonPath("$.items.length()").value(50));
        mvc.perform(get("/audit")
                        .param("recordType", "test")
                        .param("recordId", run)
                        .with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 1 页，10,000 条以上")));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE record_type = 'test' AND record_id = ?",
                        Integer.class,
                        run))
                .isEqualTo(AuditPage.COUNT_CAP + 1);
    }

    @Test
    void a_bad_filter_is_a_problem_400() throws Exception {
        mvc.perform(get("/api/audit/events")
                        .param("from", "yesterday")
                        .with(as("auditor"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/audit/events")
                        .param("size", "1000")
                        .with(as("auditor"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_csv_export_has_a_bom_every_matching_row_neutralised_formulas_and_is_audited_with_its_count()
            throws Exception {
        trail.recordSession("test.csv", "=cmd|' /C calc'!A0", null, AuditTrail.FAILURE, null);
        String login = "=cmd|' /C calc'!A0";
        byte[] body = mvc.perform(
                        get("/api/audit/events.csv").param("actor", login).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,occurred_at,actor_login");
        assertThat(csv.lines().filter(l -> l.contains("test.csv")).toList())
                .hasSizeGreaterThanOrEqualTo(1)
                .allSatisfy(line -> assertThat(line).contains(",'=cmd|' /C calc'!A0,"));
        long rows = csv.lines().count() - 1;
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_event WHERE action = 'audit.export'" + " ORDER BY id DESC LIMIT 1",
                        String.class))
                .contains("\"rows\":" + rows);
    }

    @Test
    void verify_answers_that_the_chain_is_intact() throws Exception {
        mvc.perform(get("/api/audit/verify").with(as("auditor")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void a_failed_sign_in_reads_the_same_for_an_unknown_login_and_a_wrong_password() throws Exception {
        String unknown = "nobody-" + run;
        form(unknown, "Wrong-pass-1").andExpect(redirectedUrl("/login?error"));
        form("staff2", "Wrong-pass-" + run).andExpect(redirectedUrl("/login?error"));
        jdbc.update("DELETE FROM sign_in_failure WHERE login = 'staff2'");

        Map<String, Object> unknownLine = lowerCase(jdbc.queryForMap(
                "SELECT actor_login, actor_roles, outcome, details,"
                        + " client_address FROM audit_event WHERE action = 'sign-in.failed' AND actor_login = ?",
                unknown));
        Map<String, Object> wrongLine = lowerCase(jdbc.queryForMap(
                "SELECT actor_login, actor_roles, outcome, details,"
                        + " client_address FROM audit_event WHERE action = 'sign-in.failed' AND actor_login = 'staff2'"
                        + " AND client_address = ?",
                address));
        assertThat(unknownLine.get("client_address")).isEqualTo(address);
        assertThat(unknownLine.get("outcome"))
                .isEqualTo(wrongLine.get("outcome"))
                .isEqualTo("FAILURE");
        assertThat(unknownLine.get("details")).isEqualTo(wrongLine.get("details"));
        assertThat(unknownLine.get("actor_roles"))
                .isEqualTo(wrongLine.get("actor_roles"))
                .isNull();
    }

    @Test
    void a_sign_in_and_a_sign_out_are_one_line_each_and_the_chart_counts_failures_per_day() throws Exception {
        String before = count("sign-in", "auditor");
        form("auditor", "demo").andExpect(redirectedUrl("/"));
        assertThat(Integer.parseInt(count("sign-in", "auditor"))).isEqualTo(Integer.parseInt(before) + 1);

        String outBefore = count("sign-out", "auditor");
        mvc.perform(post("/logout").with(as("auditor")).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(Integer.parseInt(count("sign-out", "auditor"))).isEqualTo(Integer.parseInt(outBefore) + 1);

        String day = LocalDate.now(ZoneOffset.UTC).toString();
        int failedToday = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'sign-in.failed'" + " AND occurred_at >= ?",
                Integer.class,
                java.time.LocalDate.now(ZoneOffset.UTC).atStartOfDay());
        form("nobody-" + run, "Wrong-pass-1");
        mvc.perform(get("/api/audit/failed-sign-ins")
                        .param("from", day)
                        .param("to", day)
                        .with(as("auditor"))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].day").value(day))
                .andExpect(jsonPath("$[0].count").value(failedToday + 1));
    }

    @Test
    void every_call_of_the_engine_api_is_a_line_with_its_status() throws Exception {
        int before = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'engine.call'" + " AND actor_login = 'admin'",
                Integer.class);
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                                .header(
                                        "Authorization",
                                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);

        Map<String, Object> line = lowerCase(jdbc.queryForMap("SELECT actor_roles, outcome, details FROM audit_event"
                + " WHERE action = 'engine.call' AND actor_login = 'admin' ORDER BY id DESC LIMIT 1"));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'engine.call'" + " AND actor_login = 'admin'",
                        Integer.class))
                .isEqualTo(before + 1);
        assertThat(line.get("outcome")).isEqualTo("SUCCESS");
        assertThat((String) line.get("details"))
                .contains("\"method\":\"GET\"", "\"path\":\"/engine-rest/engine\"", "\"status\":200");
    }

    private String count(String action, String login) {
        return String.valueOf(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE action = ? AND actor_login = ?", Integer.class, action, login));
    }

    private org.springframework.test.web.servlet.ResultActions form(String login, String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", login)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private RequestPostProcessor as(String login) {
        UserDetails user = directory.account(login).orElseThrow();
        return user(user);
    }

    private static Map<String, Object> lowerCase(Map<String, Object> row) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(), v));
        return out;
    }
}
