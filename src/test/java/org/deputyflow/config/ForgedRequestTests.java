package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * A page in another origin makes the browser of a signed-in user post to DeputyFlow: the browser
 * adds the session cookie and, if it ever cached Basic credentials, those too. Neither may stand in
 * for the CSRF token. Scripts that send their own credentials and no session keep working without one.
 */
@DeputyFlowTest
class ForgedRequestTests {

    static final String DEPUTY = "deputy097";

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    RawHttp browser;

    long notification;

    @BeforeEach
    void anUnreadNotification() {
        browser = new RawHttp(port);
        String key = "forged-request-" + UUID.randomUUID();
        jdbc.update(
                "INSERT INTO notification (recipient, dedup_key, kind, subject, body, created_at) "
                        + "VALUES (?, ?, 'SCREENED', '审查结果', '测试通知', ?)",
                DEPUTY,
                key,
                Timestamp.from(Instant.now()));
        notification = jdbc.queryForObject("SELECT id FROM notification WHERE dedup_key = ?", Long.class, key);
    }

    boolean read() {
        return jdbc.queryForObject("SELECT read_at FROM notification WHERE id = ?", Timestamp.class, notification)
                != null;
    }

    @Test
    void a_forged_cross_site_post_with_cached_basic_credentials_and_the_session_cookie_changes_nothing()
            throws Exception {
        browser.signIn(DEPUTY);

        for (String path : new String[] {
            "/api/notifications/read-all", "/notifications/read-all", "/api/notifications/" + notification + "/read"
        }) {
            HttpResponse<String> forged = browser.send(browser.request(path)
                    .header("Authorization", RawHttp.basic(DEPUTY))
                    .header("Origin", "https://attacker.example")
                    .header("Referer", "https://attacker.example/page.html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("")));

            assertThat(forged.statusCode()).as(path).isEqualTo(403);
            assertThat(read()).as(path).isFalse();
        }
    }

    @Test
    void a_script_with_its_own_credentials_and_no_session_needs_no_csrf_token() throws Exception {
        HttpResponse<String> script = browser.send(browser.request("/api/notifications/read-all")
                .header("Authorization", RawHttp.basic(DEPUTY))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(read()).isTrue();
    }

    @Test
    void the_exemption_covers_any_authorization_scheme_without_a_session_and_nothing_else() {
        OwnCredentialsWithoutSession exempt = new OwnCredentialsWithoutSession();

        MockHttpServletRequest bearer = new MockHttpServletRequest("POST", "/api/suggestions");
        bearer.addHeader("Authorization", "Bearer 0123456789abcdef");
        assertThat(exempt.matches(bearer)).isTrue();

        MockHttpServletRequest withCookie = new MockHttpServletRequest("POST", "/api/suggestions");
        withCookie.addHeader("Authorization", "Bearer 0123456789abcdef");
        withCookie.setRequestedSessionId("B1A2C3");
        withCookie.setRequestedSessionIdFromCookie(true);
        assertThat(exempt.matches(withCookie)).isFalse();

        MockHttpServletRequest withSession = new MockHttpServletRequest("POST", "/api/suggestions");
        withSession.addHeader("Authorization", RawHttp.basic(DEPUTY));
        withSession.setSession(new MockHttpSession());
        assertThat(exempt.matches(withSession)).isFalse();

        assertThat(exempt.matches(new MockHttpServletRequest("POST", "/api/suggestions")))
                .isFalse();
    }
}
