package org.deputyflow.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A body over deputyflow.web.max-request-body (2 MB) is refused with 413 before anything reads it. */
@DeputyFlowTest
class RequestBodyLimitTests {

    static final int LIMIT = 2 * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void an_api_body_over_the_limit_is_a_413_problem_and_stores_nothing() throws Exception {
        long suggestions = count();
        mvc.perform(post("/api/suggestions")
                        .with(user(users.loadUserByUsername("deputy001")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(titleOf(LIMIT + 1)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value("请求体超过 2 MB 的上限，请删减后再提交"));
        assertThat(count()).isEqualTo(suggestions);
    }

    @Test
    void a_body_of_exactly_the_limit_reaches_the_validation() throws Exception {
        mvc.perform(post("/api/suggestions")
                        .with(user(users.loadUserByUsername("deputy001")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(titleOf(LIMIT)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.title").exists());
    }

    @Test
    void an_anonymous_body_over_the_limit_is_refused_before_the_sign_in() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/suggestions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(titleOf(LIMIT + 1)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("请求体过大");
    }

    @Test
    void a_chunked_body_without_a_length_is_counted_and_stopped_at_the_limit() throws Exception {
        long suggestions = count();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/suggestions"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("deputy001:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(titleOf(3 * LIMIT))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(count()).isEqualTo(suggestions);
    }

    @Test
    void a_page_form_over_the_limit_shows_the_error_page_with_413() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/deputy/suggestions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("title=" + "x".repeat(LIMIT)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("提交的内容过大");
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM suggestion", Long.class);
    }

    private static byte[] titleOf(int size) {
        String start = "{\"title\": \"";
        String end = "\", \"content\": \"内容\", \"category\": \"城乡建设\", \"period\": \"SESSION\"}";
        return (start + "x".repeat(size - start.length() - end.getBytes(StandardCharsets.UTF_8).length) + end)
                .getBytes(StandardCharsets.UTF_8);
    }
}
