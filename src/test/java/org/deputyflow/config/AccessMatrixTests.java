package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.config.AccessFixture.Caller;
import org.deputyflow.config.AccessFixture.Endpoint;
import org.deputyflow.config.AccessFixture.Response;
import org.deputyflow.config.AccessFixture.Seeds;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Proves access as a whole: every handler mapping of the application, called by every kind of caller
 * against seeded records, answers as {@code src/test/resources/access-matrix.md} says. A mapping the
 * table does not list fails the test, so a new endpoint cannot escape it; so does a row that names no
 * mapping. The engine's servlets ({@code /engine-rest}, {@code /camunda}), which the handler mapping
 * does not know, are fixed rows called over real HTTP.
 */
@DeputyFlowTest
class AccessMatrixTests {

    /** Rows for servlets outside the handler mapping, called over HTTP; their paths have no variables. */
    static final List<String> SERVLET_PREFIXES = List.of("/engine-rest/", "/camunda/", "/actuator/");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DirectoryService directory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SqlSessionTemplate sql;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    @Transactional
    void every_mapping_answers_every_caller_as_the_table_says() throws Exception {
        AccessMatrix matrix = AccessMatrix.read();
        List<Endpoint> endpoints = AccessFixture.endpoints(mappings);
        AccessFixture fixture = new AccessFixture(mvc, directory, transactions, sql);
        Seeds seeds = Seeds.plant(mvc, json, jdbc);

        List<String> missing = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String url = seeds.url(endpoint.pattern());
            List<String> observed = new ArrayList<>();
            for (Caller caller : AccessFixture.CALLERS) {
                Response response = fixture.call(request(fixture, matrix, seeds, endpoint, url, caller));
                observed.add(AccessMatrix.describe(endpoint, response));
                if (matrix.rows().containsKey(endpoint.key())) {
                    String expected = matrix.expected(endpoint.key(), caller);
                    if (!AccessMatrix.matches(expected, endpoint, response)) {
                        mismatches.add("%s %s as %s (%s): expected %s, got %s%s"
                                .formatted(
                                        endpoint.method(),
                                        url,
                                        caller.column(),
                                        caller.login(),
                                        expected,
                                        response,
                                        hint(response)));
                    }
                }
            }
            if (!matrix.rows().containsKey(endpoint.key())) {
                missing.add("| " + endpoint.key() + " | " + String.join(" | ", observed) + " |");
            }
        }
        Set<String> known = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
        List<String> orphans = matrix.rows().keySet().stream()
                .filter(key -> !known.contains(key) && !servlet(key))
                .toList();

        StringBuilder report = new StringBuilder();
        if (!missing.isEmpty()) {
            report.append("\nMappings missing from ")
                    .append(AccessMatrix.RESOURCE)
                    .append(" (what each caller gets today; decide what each should get before adding the row):\n")
                    .append(String.join("\n", missing))
                    .append('\n');
        }
        if (!orphans.isEmpty()) {
            report.append("\nRows of ")
                    .append(AccessMatrix.RESOURCE)
                    .append(" that match no mapping:\n")
                    .append(String.join("\n", orphans))
                    .append('\n');
        }
        if (!mismatches.isEmpty()) {
            report.append("\nCells that do not hold:\n")
                    .append(String.join("\n", mismatches))
                    .append('\n');
        }
        assertThat(report.toString()).as("the access matrix").isEmpty();
        assertThat(endpoints).hasSizeGreaterThan(100);
    }

    @Test
    void the_engine_servlets_answer_every_caller_as_the_table_says() throws Exception {
        AccessMatrix matrix = AccessMatrix.read();
        Set<String> rows = new LinkedHashSet<>(matrix.rows().keySet().stream()
                .filter(AccessMatrixTests::servlet)
                .toList());
        assertThat(rows).as("the engine's REST API and webapps have rows").hasSizeGreaterThanOrEqualTo(2);
        List<String> mismatches = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        for (String key : rows) {
            String path = key.substring(key.indexOf(' ') + 1);
            assertThat(key).startsWith("GET ");
            for (Caller caller : AccessFixture.CALLERS) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        // the metrics are text in Prometheus' format, not JSON
                        .header("Accept", path.startsWith("/actuator/prometheus") ? "*/*" : "application/json");
                if (!caller.anonymous()) {
                    request.header(
                            "Authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (caller.login() + ":demo").getBytes(StandardCharsets.UTF_8)));
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String expected = matrix.expected(key, caller);
                boolean holds = switch (expected) {
                    case "2xx" -> response.statusCode() / 100 == 2;
                    default -> expected.equals(String.valueOf(response.statusCode()));
                };
                if (!holds) {
                    mismatches.add("%s as %s (%s): expected %s, got %d"
                            .formatted(key, caller.column(), caller.login(), expected, response.statusCode()));
                }
            }
        }
        assertThat(mismatches).as("the engine's servlets in the access matrix").isEmpty();
    }

    private static boolean servlet(String key) {
        String path = key.substring(key.indexOf(' ') + 1);
        return SERVLET_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private static MockHttpServletRequestBuilder request(
            AccessFixture fixture, AccessMatrix matrix, Seeds seeds, Endpoint endpoint, String url, Caller caller) {
        MockHttpServletRequestBuilder request = fixture.request(endpoint, url, caller);
        byte[] body = seeds.fill(matrix.body(endpoint)).getBytes(StandardCharsets.UTF_8);
        if (endpoint.body() != null) {
            MediaType type = endpoint.consumes() != null ? endpoint.consumes() : MediaType.APPLICATION_JSON;
            request.contentType(type).content(body);
        } else if (endpoint.write()) {
            request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
        }
        return request;
    }

    private static String hint(Response response) {
        if (response.status() >= 500 || response.status() == 400) {
            String body = response.body();
            return " — " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
        return "";
    }
}
