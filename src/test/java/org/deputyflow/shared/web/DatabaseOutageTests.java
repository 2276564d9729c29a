package org.deputyflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.shared.persistence.RecordingDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.TransactionSystemException;

/**
 * While the database is unreachable the API answers 503 problem+json and the pages the "service
 * unavailable" page at once, the readiness probe is down and the liveness probe up; when it is back,
 * everything works again without a restart.
 */
@DeputyFlowTest
class DatabaseOutageTests {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @AfterEach
    void databaseBack() {
        RecordingDataSource.outage(false);
    }

    @Test
    void while_the_database_is_down_the_api_answers_503_problem_json_at_once_and_afterwards_200() throws Exception {
        RecordingDataSource.outage(true);
        long start = System.nanoTime();
        HttpResponse<String> down = send(api("/api/me"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(down.body()).contains("\"code\":\"service.unavailable\"", "服务暂时不可用，请稍后再试");
        assertThat(took).isLessThan(Duration.ofSeconds(3));

        RecordingDataSource.outage(false);
        HttpResponse<String> up = send(api("/api/me"));
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"login\":\"deputy001\"");
    }

    @Test
    void while_the_database_is_down_a_page_is_the_service_unavailable_page_in_the_readers_language() throws Exception {
        HttpResponse<String> login = send(page("/login"));
        Matcher csrf = CSRF.matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

        RecordingDataSource.outage(true);
        HttpResponse<String> signIn = send(page("/login")
                .header("Cookie", cookie + "; deputyflow-lang=en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=deputy001&password=demo&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
        assertThat(signIn.statusCode()).isEqualTo(503);
        assertThat(signIn.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(signIn.body()).contains("Service unavailable");

        HttpResponse<String> publicPage = send(page("/public"));
        assertThat(publicPage.statusCode()).isEqualTo(503);
        assertThat(publicPage.body()).contains("服务暂时不可用");

        RecordingDataSource.outage(false);
        assertThat(send(page("/public")).statusCode()).isEqualTo(200);
    }

    @Test
    void readiness_is_down_while_the_database_is_and_liveness_stays_up_both_open_to_anyone() throws Exception {
        assertThat(send(probe("readiness")).statusCode()).isEqualTo(200);

        RecordingDataSource.outage(true);
        HttpResponse<String> readiness = send(probe("readiness"));
        HttpResponse<String> liveness = send(probe("liveness"));

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        RecordingDataSource.outage(false);
        assertThat(send(probe("readiness")).statusCode()).isEqualTo(200);
    }

    /** The pool itself gives up after its connection timeout; the answer is then the same 503. */
    @Test
    void the_pool_gives_up_after_its_connection_timeout_and_that_counts_as_the_database_being_down() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:tcp://127.0.0.1:1/nowhere");
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            long start = System.nanoTime();
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(pool::getConnection);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(DatabaseUnavailable.causedBy(failure))
                    .as(String.valueOf(failure))
                    .isTrue();
            assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("not the database")))
                    .isFalse();
        }
    }

    /**
     * The database stops while a change runs: the statement or the commit fails, the pool closes the broken
     * connection, and the rollback then fails too. Spring throws the rollback's failure and keeps the first
     * one aside (or only logs it); the answer is the same 503, not a 500.
     */
    @Test
    void a_rollback_that_fails_on_the_dropped_connection_counts_as_the_database_being_down() {
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new ProcessEngineException(
                "statement failed", new SQLNonTransientConnectionException("Communications link failure", "08S01")));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Communications link failure", "08S01")))
                .isTrue();

        // the commit broke off: Spring only logs the commit's failure and throws the rollback's
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .isTrue();

        TransactionSystemException notTheDatabase =
                new TransactionSystemException("Could not roll back", new IllegalStateException("a fault of ours"));
        notTheDatabase.initApplicationException(new IllegalStateException("another fault of ours"));
        assertThat(DatabaseUnavailable.causedBy(notTheDatabase)).isFalse();
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("deputy001:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
    }

    private HttpRequest.Builder probe(String name) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/" + name));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
