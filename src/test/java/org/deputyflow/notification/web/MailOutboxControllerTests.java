package org.deputyflow.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.AuditLines;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.notification.TestDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The mail outbox for admins, on the API and the page, with rows that only this test knows. */
@DeputyFlowTest
class MailOutboxControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    LoadingDirectory loading;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    TestDirectory users;
    String admin;
    String staff;

    @BeforeEach
    void users() {
        users = new TestDirectory(loading, encoder, jdbc);
        admin = users.user("admin", Role.ADMIN, null);
        staff = users.user("staff", Role.STAFF, null);
    }

    @AfterEach
    void cleanUp() {
        users.cleanUp();
    }

    long mail(String name, String status, int attempts) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        jdbc.update(
                """
                INSERT INTO mail_outbox (notice_key, recipient_login, address, subject, body, status, attempts,
                                         next_attempt_at, created_at, last_error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                users.unique(name),
                staff,
                "staff@deputyflow.test",
                "主题：" + name,
                "正文",
                status,
                attempts,
                now,
                now,
                "FAILED".equals(status) ? "连接被拒绝" : null);
        return jdbc.queryForObject("SELECT id FROM mail_outbox WHERE notice_key = ?", Long.class, users.unique(name));
    }

    List<Long> ids(String query) throws Exception {
        JsonNode body = json.readTree(
                mvc.perform(get("/api/admin/mail-outbox" + query).with(httpBasic(admin, TestDirectory.PASSWORD)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        List<Long> ids = new ArrayList<>();
        body.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void admins_list_the_outbox_by_status_and_without_one_everything_not_sent() throws Exception {
        long failed = mail("failed", "FAILED", 8);
        long pending = mail("pending", "PENDING", 2);
        long sent = mail("sent", "SENT", 1);

        assertThat(ids("?status=FAILED&size=200")).contains(failed).doesNotContain(pending, sent);
        assertThat(ids("?status=SENT&size=200")).contains(sent).doesNotContain(pending, failed);
        assertThat(ids("?size=200")).contains(failed, pending).doesNotContain(sent);

        mvc.perform(get("/api/admin/mail-outbox")
                        .param("status", "FAILED")
                        .param("size", "200")
                        .with(httpBasic(admin, TestDirectory.PASSWORD)))
                .andExpect(
                        jsonPath("$.items[?(@.id == " + failed + ")].lastError").value("连接被拒绝"))
                .andExpect(
                        jsonPath("$.items[?(@.id == " + failed + ")].attempts").value(8))
                .andExpect(jsonPath("$.items[?(@.id == " + failed + ")].body").doesNotExist());
    }

    @Test
    void a_retried_failed_mail_is_pending_again_and_anything_else_is_refused() throws Exception {
        long failed = mail("retry", "FAILED", 8);
        long pending = mail("waiting", "PENDING", 1);
        AuditLines audit = new AuditLines(jdbc);
        long mark = audit.mark();

        mvc.perform(post("/api/admin/mail-outbox/" + failed + "/retry").with(httpBasic(admin, TestDirectory.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, failed))
                .isEqualTo("PENDING");
        assertThat(audit.exactlyOne(mark, "mail.retry", "mail", failed, admin, "SUCCESS")
                        .get("details")
                        .toString())
                .contains("\"failedAttempts\":8")
                .doesNotContain("staff@deputyflow.test");

        mvc.perform(post("/api/admin/mail-outbox/" + failed + "/retry").with(httpBasic(admin, TestDirectory.PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/admin/mail-outbox/" + pending + "/retry").with(httpBasic(admin, TestDirectory.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/admin/mail-outbox/" + Long.MAX_VALUE + "/retry")
                        .with(httpBasic(admin, TestDirectory.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(audit.since(mark, "mail.retry"))
                .as("refused retries leave no line")
                .hasSize(1);
        assertThat(jdbc.queryForObject("SELECT attempts FROM mail_outbox WHERE id = ?", Integer.class, pending))
                .isEqualTo(1);
    }

    @Test
    void an_unknown_status_is_a_bad_request_and_only_admins_see_the_outbox() throws Exception {
        mvc.perform(get("/api/admin/mail-outbox?status=LOST").with(httpBasic(admin, TestDirectory.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        long failed = mail("not-yours", "FAILED", 8);

        mvc.perform(get("/api/admin/mail-outbox").with(httpBasic(staff, TestDirectory.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/mail-outbox/" + failed + "/retry").with(httpBasic(staff, TestDirectory.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, failed))
                .isEqualTo("FAILED");
    }

    @Test
    void the_page_lists_failed_mails_with_a_confirmed_retry_that_needs_the_csrf_token() throws Exception {
        long failed = mail("page", "FAILED", 8);

        String page = mvc.perform(get("/admin/mail")
                        .param("status", "FAILED")
                        .with(httpBasic(admin, TestDirectory.PASSWORD))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("data-mail-id=\"" + failed + "\"")
                .contains("主题：page")
                .contains("连接被拒绝")
                .contains("/admin/mail/" + failed + "/retry")
                .contains("data-confirm");

        // a signed-in browser's session, which needs the token (HTTP Basic carries its own credentials)
        mvc.perform(post("/admin/mail/" + failed + "/retry")
                        .with(user(accounts.loadUserByUsername(admin)))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, failed))
                .isEqualTo("FAILED");

        mvc.perform(post("/admin/mail/" + failed + "/retry")
                        .with(user(accounts.loadUserByUsername(admin)))
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/mail"));
        assertThat(jdbc.queryForObject("SELECT status FROM mail_outbox WHERE id = ?", String.class, failed))
                .isEqualTo("PENDING");
    }
}
