package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /actuator/prometheus}: what an operator of a cluster watches, for admins only. */
@DeputyFlowTest
class MetricsTests {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern FAILURES = Pattern.compile("(?m)^deputyflow_signin_failures_total(?:\\{[^}]*\\})? (\\S+)$");

    @LocalServerPort
    int port;

    @Test
    void an_admin_reads_requests_jobs_incidents_overdue_items_and_failed_sign_ins() throws Exception {
        send("/api/me", "deputy001", "demo");

        String metrics = send("/actuator/prometheus", "admin", "demo").body();

        assertThat(metrics).contains("http_server_requests_seconds_count", "deputyflow_engine_jobs{",
                "metric=\"job-acquisition-attempt\"", "metric=\"job-failed\"", "deputyflow_engine_incidents_open ",
                "deputyflow_engine_jobs_retries_exhausted ", "deputyflow_overdue_items{clock=\"reply\"",
                "deputyflow_overdue_items{clock=\"screening\"", "deputyflow_signin_failures_total");
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
        HttpResponse<String> anonymous = CLIENT.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private double failures() throws Exception {
        Matcher matcher = FAILURES.matcher(send("/actuator/prometheus", "admin", "demo").body());
        assertThat(matcher.find()).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    private HttpResponse<String> send(String path, String login, String password) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/plain")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
