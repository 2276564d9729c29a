package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import org.deputyflow.DeputyFlowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@DeputyFlowTest
class SecurityTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void an_anonymous_api_call_gets_401_as_problem_json() throws Exception {
        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty())
                // a Basic challenge would make a browser cache the password and resend it on forged requests
                .andExpect(result -> assertThat(result.getResponse().getHeaders("WWW-Authenticate"))
                        .noneSatisfy(challenge -> assertThat(challenge).containsIgnoringCase("basic")));
    }

    @Test
    void wrong_basic_credentials_get_401() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("staff1", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(result -> assertThat(result.getResponse().getHeaders("WWW-Authenticate"))
                        .noneSatisfy(challenge -> assertThat(challenge).containsIgnoringCase("basic")));
    }

    @Test
    void an_anonymous_page_request_is_sent_to_the_login_page() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/css/deputyflow.css",
                "/js/deputyflow.js",
                "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/echarts/dist/echarts.min.js",
                "/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js"
            })
    void the_assets_of_the_pages_need_no_sign_in(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @Test
    void the_login_page_is_chinese_and_carries_a_csrf_token() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("代表建议办理系统")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deputy001", "staff1", "dept01-handler", "dept01-leader", "council1", "member01"})
    void the_engine_rest_api_is_closed_to_everyone_but_admins(String login) throws Exception {
        HttpResponse<String> response = http.get("/engine-rest/engine", login);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(http.get("/engine-rest/process-definition", login).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_engine_rest_api_answers_401_to_anonymous_callers_and_serves_admins() throws Exception {
        assertThat(http.get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
        HttpResponse<String> admin = http.get("/engine-rest/engine", "admin");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("\"name\":\"default\"");
    }

    @Test
    void the_camunda_webapps_are_closed_to_everyone_but_admins() throws Exception {
        assertThat(http.get("/camunda/app/cockpit/default/", "staff1").statusCode())
                .isEqualTo(403);
        assertThat(http.get("/camunda/api/engine/engine/default/group", "staff1")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/camunda/app/cockpit/default/", null).statusCode()).isEqualTo(401);

        assertThat(http.get("/camunda/app/cockpit/default/", "admin").statusCode())
                .isEqualTo(200);
        // the webapps take our sign-in: no second login for the admin, whose groups come from the directory
        HttpResponse<String> groups = http.get("/camunda/api/engine/engine/default/group?member=admin", "admin");
        assertThat(groups.statusCode()).isEqualTo(200);
        assertThat(groups.body()).contains("\"id\":\"ADMIN\"").contains("\"id\":\"camunda-admin\"");
    }

    @Test
    void a_session_form_without_csrf_token_is_refused() throws Exception {
        MockHttpSession staff = signIn("staff1");
        mvc.perform(post("/logout").session(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(staff).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void a_login_form_without_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "staff1").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @ParameterizedTest
    @CsvSource({
        "deputy001,DEPUTY",
        "deputy100,DEPUTY",
        "staff1,STAFF",
        "staff2,STAFF",
        "dept01-handler,DEPT_HANDLER",
        "dept01-handler2,DEPT_HANDLER",
        "dept30-leader,DEPT_LEADER",
        "council1,COUNCIL",
        "member01,MEMBER",
        "member35,MEMBER",
        "admin,ADMIN"
    })
    void every_demo_role_can_sign_in_with_the_form_and_with_basic(String login, String role) throws Exception {
        mvc.perform(formLogin().user(login).password("demo"))
                .andExpect(authenticated().withUsername(login).withRoles(role));
        mvc.perform(get("/api/me").with(httpBasic(login, "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.login").value(login))
                .andExpect(jsonPath("$.roles[0]").value(role));
    }

    @Test
    void a_wrong_password_does_not_sign_in() throws Exception {
        mvc.perform(formLogin().user("staff1").password("nope"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?error*"));
    }

    @Test
    void a_basic_api_call_creates_no_session() throws Exception {
        mvc.perform(get("/api/me").with(httpBasic("staff1", "demo")))
                .andExpect(status().isOk())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getRequest().getSession(false))
                        .isNull());
    }

    private MockHttpSession signIn(String login) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(login).password("demo"))
                .andExpect(authenticated())
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    /** Real HTTP for the engine's servlets, which MockMvc does not reach. */
    record Http(int port) {

        static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();

        HttpResponse<String> get(String path, String login) throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json");
            if (login != null) {
                String token = java.util.Base64.getEncoder().encodeToString((login + ":demo").getBytes());
                request.header("Authorization", "Basic " + token);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
