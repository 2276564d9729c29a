package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The headers a level-3 review asks of every page and API answer, and the policies' exceptions. */
@DeputyFlowTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    static void expectTheHeaders(ResultActions response) throws Exception {
        response.andExpect(header().string("Content-Security-Policy", SecurityHeaders.PAGES_POLICY))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                // plain HTTP: a browser would ignore HSTS here, and it must not pin a site that has no TLS
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void the_policy_allows_nothing_inline_and_no_other_origin() {
        assertThat(SecurityHeaders.PAGES_POLICY)
                .contains(
                        "default-src 'self'",
                        "script-src 'self';",
                        "style-src 'self';",
                        "object-src 'none'",
                        "frame-ancestors 'self'",
                        "base-uri 'self'",
                        "form-action 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*", "http:", "https:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/public"})
    void a_public_page_carries_the_headers(String path) throws Exception {
        expectTheHeaders(mvc.perform(get(path)).andExpect(status().isOk()));
    }

    @Test
    void a_signed_in_page_carries_the_headers() throws Exception {
        expectTheHeaders(
                mvc.perform(get("/staff").with(httpBasic("staff1", "demo"))).andExpect(status().isOk()));
    }

    @Test
    void an_api_answer_and_an_api_error_carry_the_headers() throws Exception {
        expectTheHeaders(
                mvc.perform(get("/api/me").with(httpBasic("staff1", "demo"))).andExpect(status().isOk()));
        expectTheHeaders(mvc.perform(get("/api/me")).andExpect(status().isUnauthorized()));
    }

    @Test
    void behind_a_tls_proxy_the_answer_carries_hsts() throws Exception {
        RawHttp http = new RawHttp(port);
        HttpResponse<String> proxied = http.send(
                http.request("/login").header("X-Forwarded-Proto", "https").GET());

        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(proxied.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.PAGES_POLICY);
        assertThat(http.send(http.request("/login").GET()).headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    @Test
    void the_camunda_webapps_keep_their_own_policy_and_swagger_ui_gets_its_own() throws Exception {
        RawHttp http = new RawHttp(port);
        HttpResponse<String> cockpit = http.send(http.request("/camunda/app/cockpit/default/")
                .header("Authorization", RawHttp.basic("admin"))
                .GET());
        assertThat(cockpit.statusCode()).isEqualTo(200);
        // one policy only: ours beside theirs would forbid the inline scripts and eval they need
        assertThat(cockpit.headers().allValues("Content-Security-Policy"))
                .hasSize(1)
                .noneMatch(SecurityHeaders.PAGES_POLICY::equals);
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

        HttpResponse<String> swagger = http.send(http.request("/swagger-ui/index.html")
                .header("Authorization", RawHttp.basic("staff1"))
                .GET());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().allValues("Content-Security-Policy"))
                .containsExactly(SecurityHeaders.SWAGGER_POLICY);
        assertThat(swagger.body()).doesNotContain("<script>");
    }
}
