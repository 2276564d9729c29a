package org.deputyflow.motion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.TestClock;
import org.deputyflow.shared.SameMoment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first motions of a year, submitted at the same moment, all get a number. */
@DeputyFlowTest
class MotionNumbersTests {

    static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twenty_deputies_submitting_the_first_motions_of_a_year_at_once_all_get_consecutive_numbers() throws Exception {
        int year = yearWithoutCounter();
        clock.set(Instant.parse(year + "-03-04T02:00:00Z"));

        List<Callable<HttpResponse<String>>> submissions = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String deputy = "deputy%03d".formatted(i);
            String coSigner = "deputy%03d".formatted(i % 20 + 1);
            submissions.add(() -> submit(deputy, coSigner));
        }
        List<HttpResponse<String>> responses = SameMoment.run(submissions);

        assertThat(responses)
                .allSatisfy(response ->
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
        List<String> numbers = new ArrayList<>();
        for (HttpResponse<String> response : responses) {
            JsonNode body = json.readTree(response.body());
            numbers.add(body.get("number").asText());
        }
        assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20)
                        .mapToObj(n -> "M%d-%04d".formatted(year, n))
                        .toList());
        assertThat(jdbc.queryForObject(
                        "SELECT last_value FROM motion_number WHERE number_year = ?", Integer.class, year))
                .isEqualTo(20);
    }

    /** A year no test has submitted in yet, so that its counter row does not exist (also on a kept database). */
    private int yearWithoutCounter() {
        int year = 2031;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM motion_number WHERE number_year = ?", Long.class, year) > 0) {
            year++;
        }
        return year;
    }

    private HttpResponse<String> submit(String deputy, String coSigner) throws Exception {
        String body =
                json.writeValueAsString(new MotionApi(null, json, jdbc).draft("同时提交的议案 " + deputy, List.of(coSigner)));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/motions"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((deputy + ":demo").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
