package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /actuator/prometheus}: what an operator of a cluster watches, for admins only. */
@DeputyFlowTest
class MetricsTests {

    static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern PENDING = Pattern.compile("(?m)^deputyflow_mail_outbox_pending(?:\\{[^}]*\\})? (\\S+)$");
    static final Pattern FAILED = Pattern.compile("(?m)^deputyflow_mail_outbox_failed(?:\\{[^}]*\\})? (\\S+)$");
    static final Pattern FAILURES = Pattern.compile("(?m)^deputyflow_signin_failures_total(?:\\{[^}]*\\})? (\\S+)$");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_reads_requests_jobs_incidents_overdue_items_and_failed_sign_ins() throws Exception {
        send("/api/me", "deputy001", "demo");

        String metrics = send("/actuator/prometheus", "admin", "demo").body();

        assertThat(metrics)
                .contains(
                        "http_server_requests_seconds_count",
                        "deputyflow_engine_jobs{",
                        "metric=\"job-acquisition-attempt\"",
                        "metric=\"job-failed\"",
                        "deputyflow_engine_incidents_open ",
                        "deputyflow_engine_jobs_retries_exhausted ",
                        "deputyflow_overdue_items{clock=\"reply\"",
                        "deputyflow_overdue_items{clock=\"screening\"",
                        "deputyflow_signin_failures_total");
    }

    @Test
    void a_wrong_password_counts_as_a_failed_sign_in() throws Exception {
        double before = failures();
        assertThat(send("/api/me", "deputy050", "wrong-password").statusCode()).isEqualTo(401);

        assertThat(failures()).isEqualTo(before + 1);
    }

    @Test
    void only_an_admin_reads_the_metrics() throws Exception {
        assertThat(send("/actuator/prometheus", "staff1", "demo").statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void the_mail_outbox_gauges_count_the_rows_waiting_and_given_up() throws Exception {
        double pending = gauge(PENDING);
        double failed = gauge(FAILED);
        Timestamp later = Timestamp.from(Instant.now().plus(Duration.ofDays(1)));
        try {
            for (String status : List.of("PENDING", "PENDING", "SENDING", "FAILED", "SENT")) {
                jdbc.update(
                        "INSERT INTO mail_outbox (notice_key, recipient_login, address, subject, body, status, attempts,"
                                + " next_attempt_at, created_at) VALUES (?, 'deputy001', 'deputy001@example.org', '指标测试', '正文', ?, 0, ?, ?)",
                        "metrics-test:" + UUID.randomUUID(),
                        status,
                        later,
                        Timestamp.from(Instant.now()));
            }

            // pending counts the rows being sent as well; a sent row counts nowhere
            assertThat(gauge(PENDING)).isEqualTo(pending + 3);
            assertThat(gauge(FAILED)).isEqualTo(failed + 1);
        } finally {
            jdbc.update("DELETE FROM mail_outbox WHERE notice_key LIKE 'metrics-test:%'");
        }
        assertThat(gauge(PENDING)).isEqualTo(pending);
    }

    private double gauge(Pattern gauge) throws Exception {
        Matcher matcher =
                gauge.matcher(send("/actuator/prometheus", "admin", "demo").body());
        assertThat(matcher.find()).as(gauge.pattern()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private double failures() throws Exception {
        Matcher matcher =
                FAILURES.matcher(send("/actuator/prometheus", "admin", "demo").body());
        assertThat(matcher.find()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private HttpResponse<String> send(String path, String login, String password) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", path.startsWith("/api/") ? "application/json" : "text/plain")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
