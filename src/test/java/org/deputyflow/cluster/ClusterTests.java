package org.deputyflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.deputyflow.DeputyFlowApplication;
import org.deputyflow.DeputyFlowTestConfiguration;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.directory.LoadingDirectory;
import org.deputyflow.directory.ManagingUsers;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.directory.domain.User;
import org.deputyflow.notification.NotificationService;
import org.deputyflow.notification.domain.Notice;
import org.deputyflow.notification.domain.NotificationKind;
import org.deputyflow.shared.SameMoment;
import org.deputyflow.suggestion.SuggestionApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two nodes on one database, as behind a load balancer: two application contexts started at the same
 * moment, each with its own web server, sharing the database and its sessions (Spring Session JDBC,
 * as the application runs; the other tests keep the container's sessions for MockMvc). On H2 both use
 * one in-memory database of this JVM, fresh for this class; on MariaDB (CI's second pass) the suite's
 * database; on a fresh MariaDB database the two nodes also load the demo data at the same moment.
 */
class ClusterTests {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final String PASSWORD = "Cluster-pass-1";

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @BeforeAll
    static void startTwoNodesAtOnce() throws Exception {
        // two applications starting at once in one JVM would configure the one logging system at once;
        // the nodes keep it as the test run has it
        System.setProperty(LOGGING_SYSTEM, "none");
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.autoconfigure.exclude=",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.generate-unique-process-application-name=true",
                "--camunda.bpm.webapp.enabled=false"));
        if (!mysql()) {
            args.add("--spring.datasource.url=jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        String[] arguments = args.toArray(String[]::new);
        List<Callable<ConfigurableApplicationContext>> nodes = List.of(() -> node(arguments), () -> node(arguments));
        List<ConfigurableApplicationContext> started = SameMoment.run(nodes);
        first = started.get(0);
        second = started.get(1);
    }

    private static ConfigurableApplicationContext node(String[] arguments) {
        return new SpringApplicationBuilder(DeputyFlowApplication.class, DeputyFlowTestConfiguration.class)
                .run(arguments);
    }

    @AfterAll
    static void stopNodes() {
        System.clearProperty(LOGGING_SYSTEM);
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {first, second}) {
            if (node != null) {
                node.close();
            }
        }
    }

    /**
     * On MySQL the engine's deployment lock (a row lock on ACT_GE_PROPERTY) makes the second node wait
     * and then find the first one's deployment. Two engines in one JVM on H2 in memory were seen to deploy
     * twice: a cluster runs on MySQL, so this holds only there.
     */
    @Test
    void two_nodes_starting_at_the_same_moment_deploy_each_process_once() {
        Assumptions.assumeTrue(
                mysql(),
                "runs on MariaDB/MySQL only (CI's second pass): on H2 in memory two "
                        + "engines in one JVM do not serialize their deployments");
        JdbcTemplate jdbc = jdbc(first);
        List<Map<String, Object>> perKey =
                jdbc.queryForList("SELECT KEY_, COUNT(*) AS n FROM ACT_RE_PROCDEF GROUP BY KEY_");
        assertThat(perKey)
                .as("deployments: %s", jdbc.queryForList("SELECT ID_, NAME_, SOURCE_ FROM ACT_RE_DEPLOYMENT"))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(((Number) row.get("n")).longValue())
                        .as("definitions of %s", row.get("KEY_"))
                        .isEqualTo(1));
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT DEPLOYMENT_ID_) FROM ACT_RE_PROCDEF", Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_user_signed_in_on_one_node_is_signed_in_on_the_other_with_the_same_cookie() throws Exception {
        String login = user(Set.of(Role.STAFF));
        String cookie = signIn(port(first), login);

        HttpResponse<String> me = get(port(second), "/api/me", cookie);

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"login\":\"" + login + "\"");
        // a page with a form on the second node: the CSRF token of the session holds there too
        assertThat(get(port(second), "/account", cookie).statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_the_idle_timeout_is_the_setting() throws Exception {
        String login = user(Set.of(Role.STAFF));
        HttpResponse<String> signIn = postSignIn(port(first), login);

        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        long timeout = first.getEnvironment()
                .getProperty("server.servlet.session.timeout", java.time.Duration.class)
                .toSeconds();
        assertThat(jdbc(first)
                        .queryForObject(
                                "SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
                                Long.class,
                                login))
                .isEqualTo(timeout);
    }

    @Test
    void deactivating_a_user_on_one_node_ends_their_session_on_the_other() throws Exception {
        String login = user(Set.of(Role.STAFF));
        String cookie = signIn(port(first), login);
        assertThat(get(port(first), "/api/me", cookie).statusCode()).isEqualTo(200);

        DirectoryService directory = second.getBean(DirectoryService.class);
        CurrentUser admin = directory.account("admin").orElseThrow();
        second.getBean(ManagingUsers.class)
                .setUserActive(directory.account(login).orElseThrow().id(), false, admin);

        assertThat(get(port(first), "/api/me", cookie).statusCode()).isEqualTo(401);
        assertThat(get(port(second), "/api/me", cookie).statusCode()).isEqualTo(401);
    }

    @Test
    void twenty_deputies_submitting_at_once_on_two_nodes_get_consecutive_numbers() throws Exception {
        JdbcTemplate jdbc = jdbc(first);
        ObjectMapper json = first.getBean(ObjectMapper.class);
        List<Callable<HttpResponse<String>>> submissions = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String deputy = "deputy%03d".formatted(i);
            int port = port(i % 2 == 0 ? first : second);
            String body =
                    json.writeValueAsString(new SuggestionApi(null, json, jdbc).draft("两个节点同时提交 " + deputy, List.of()));
            submissions.add(() -> CLIENT.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/suggestions"))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", basic(deputy))
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        List<HttpResponse<String>> responses = SameMoment.run(submissions);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        List<Integer> sequence = new ArrayList<>();
        String year = null;
        for (HttpResponse<String> response : responses) {
            JsonNode body = json.readTree(response.body());
            String number = body.get("number").asText();
            year = number.substring(0, 4);
            sequence.add(Integer.parseInt(number.substring(5)));
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? " + "AND PARENT_ID_ IS NULL",
                            Long.class,
                            body.get("id").asText()))
                    .as(number)
                    .isEqualTo(1);
        }
        int last = jdbc.queryForObject(
                "SELECT last_value FROM suggestion_number WHERE number_year = ?",
                Integer.class,
                Integer.parseInt(year));
        assertThat(sequence)
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.rangeClosed(last - 19, last).boxed().toList());
    }

    /**
     * Both nodes' job executors run on the shared jobs (deployment-unaware): a timer that falls due is
     * taken by one of them and fires once. The suggestion's two screening timers (reminder, overdue) are
     * made due now; the executors, off in tests, are started on both nodes at the same moment and stopped
     * once the timers are gone.
     */
    @Test
    void a_timer_that_falls_due_fires_once_with_the_job_executors_of_both_nodes_running() throws Exception {
        JdbcTemplate jdbc = jdbc(first);
        ObjectMapper json = first.getBean(ObjectMapper.class);
        String body = json.writeValueAsString(new SuggestionApi(null, json, jdbc).draft("两个节点的定时器", List.of()));
        HttpResponse<String> submitted = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port(first) + "/api/suggestions"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", basic("deputy031"))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String process = jdbc.queryForObject(
                "SELECT ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? AND PARENT_ID_ IS NULL",
                String.class,
                json.readTree(submitted.body()).get("id").asText());
        // the timer events that are waiting: each one that fires leaves one activity instance in the history
        List<String> timers = jdbc.queryForList(
                "SELECT d.ACT_ID_ FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
                        + "WHERE j.PROCESS_INSTANCE_ID_ = ? AND j.TYPE_ = 'timer'",
                String.class,
                process);
        assertThat(timers).hasSize(2).doesNotHaveDuplicates();
        jdbc.update(
                "UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE PROCESS_INSTANCE_ID_ = ? AND TYPE_ = 'timer'",
                new Timestamp(ClockUtil.getCurrentTime().getTime() - 60_000),
                process);

        List<JobExecutor> executors = List.of(jobExecutor(first), jobExecutor(second));
        assertThat(executors.get(0)).isNotSameAs(executors.get(1));
        SameMoment.run(executors.stream()
                .<Callable<Void>>map(executor -> () -> {
                    executor.start();
                    return null;
                })
                .toList());
        try {
            // the executors work on their own threads: wait for them to take both timers, up to a minute
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = ? AND TYPE_ = 'timer'",
                                    Long.class,
                                    process)
                            == 0L);
        } finally {
            executors.forEach(JobExecutor::shutdown);
        }

        for (String timer : timers) {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ? AND ACT_ID_ = ?",
                            Long.class,
                            process,
                            timer))
                    .as("times the timer event %s fired", timer)
                    .isEqualTo(1);
        }
    }

    private static JobExecutor jobExecutor(ConfigurableApplicationContext node) {
        return ((ProcessEngineConfigurationImpl)
                        node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
    }

    @Test
    void the_same_notice_sent_at_once_on_both_nodes_is_delivered_once() throws Exception {
        String key = "cluster-" + UUID.randomUUID();
        Notice notice = Notice.typed(NotificationKind.ASSIGNED, key, null, "两个节点", "同一通知")
                .to("deputy001");
        List<Callable<Integer>> sends = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            NotificationService node = (i % 2 == 0 ? first : second).getBean(NotificationService.class);
            sends.add(() -> node.notify(notice));
        }

        List<Integer> delivered = SameMoment.run(sends);

        assertThat(delivered.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        assertThat(jdbc(first).queryForObject("SELECT COUNT(*) FROM notification WHERE dedup_key = ?", Long.class, key))
                .isEqualTo(1);
    }

    private static boolean mysql() {
        return System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("mysql");
    }

    private static String user(Set<Role> roles) {
        String login = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
        first.getBean(LoadingDirectory.class)
                .addUser(
                        new User(null, login, "集群测试", null, null, true, roles),
                        first.getBean(PasswordEncoder.class).encode(PASSWORD));
        return login;
    }

    /** Signs in with the form as a browser does; returns the session's cookie. */
    private static String signIn(int port, String login) throws Exception {
        HttpResponse<String> response = postSignIn(port, login);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return sessionCookie(response);
    }

    private static HttpResponse<String> postSignIn(int port, String login) throws Exception {
        HttpResponse<String> page = get(port, "/login", null);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        String form = "username=" + enc(login) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", sessionCookie(page))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((ServletWebServerApplicationContext) node).getWebServer().getPort();
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class);
    }
}
