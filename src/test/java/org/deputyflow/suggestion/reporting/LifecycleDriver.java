package org.deputyflow.suggestion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.RuntimeService;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives a suggestion's whole lifecycle over the REST API with personal tokens, as a client would: submit,
 * screen, assign lead + co-unit, two claims, co-unit opinion, contact, reply, sign-off, evaluation and the
 * dossier (11 calls; it asserts {@code CLOSED} and the process instance ended). Times each call by action
 * and counts the answers by status. Shared by the benchmarks that measure the lifecycle.
 */
public final class LifecycleDriver {

    /** The header that names a measured call's action for the statement counters of a benchmark. */
    public static final String HEADER = "X-Benchmark-Action";

    public static final List<String> ACTIONS = List.of(
            "submit",
            "screen",
            "assign",
            "claim lead",
            "claim co-unit",
            "co-unit opinion",
            "contact",
            "reply",
            "sign-off",
            "evaluation",
            "dossier");
    static final String PASSWORD = "demo";

    public final Map<String, Timings> timings = new ConcurrentHashMap<>();
    public final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    final AtomicLong titles = new AtomicLong();
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    final int port;
    final ObjectMapper json;
    final RuntimeService runtime;
    final long leadId;
    final long coId;

    /** A driver against the application on {@code port}, with dept01 leading and dept02 as co-unit. */
    public LifecycleDriver(int port, ObjectMapper json, RuntimeService runtime, JdbcTemplate jdbc) {
        this.port = port;
        this.json = json;
        this.runtime = runtime;
        this.leadId = jdbc.queryForObject("SELECT id FROM department WHERE code = 'dept01'", Long.class);
        this.coId = jdbc.queryForObject("SELECT id FROM department WHERE code = 'dept02'", Long.class);
    }

    /** Tokens for staff1, both departments' handler and leader, and one deputy per client. */
    public void issueTokens(int clients) throws Exception {
        for (String login : List.of("staff1", "dept01-handler", "dept01-leader", "dept02-handler", "dept02-leader")) {
            issueToken(login);
        }
        for (int client = 0; client < clients; client++) {
            issueToken(deputy(client));
        }
    }

    public void apiLifecycle(int client, boolean measured) throws Exception {
        String deputy = deputy(client);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "基准测试建议 " + titles.incrementAndGet());
        draft.put("content", "建议内容：问题、原因和具体建议各一段。");
        draft.put("category", "城乡建设");
        draft.put("period", "SESSION");
        draft.put("coSignerIds", List.of());
        draft.put("wantsFaceToFace", false);
        draft.put("confidential", false);
        long id = call(measured, "submit", deputy, "POST", "/api/suggestions", draft)
                .get("id")
                .asLong();
        String path = "/api/suggestions/" + id;
        call(measured, "screen", "staff1", "POST", path + "/screening", Map.of("outcome", "ACCEPT"));
        call(
                measured,
                "assign",
                "staff1",
                "POST",
                path + "/assignment",
                Map.of("leadDepartmentIds", List.of(leadId), "coDepartmentIds", List.of(coId)));
        call(measured, "claim lead", "dept01-handler", "POST", path + "/claim", Map.of());
        call(measured, "claim co-unit", "dept02-handler", "POST", path + "/claim", Map.of());
        call(
                measured,
                "co-unit opinion",
                "dept02-handler",
                "POST",
                path + "/opinions",
                Map.of("content", "协办意见：同意主办单位的办理方案。"));
        call(
                measured,
                "contact",
                "dept01-handler",
                "POST",
                path + "/contacts",
                Map.of("method", "PHONE", "contactedAt", "2025-12-01T02:00:00Z", "summary", "电话联系代表，听取意见"));
        call(
                measured,
                "reply",
                "dept01-handler",
                "POST",
                path + "/reply",
                Map.of("resultClass", "A", "content", "答复：已研究落实，具体情况如下。", "publishable", true));
        call(measured, "sign-off", "dept01-leader", "POST", path + "/reply/sign-off", Map.of("approve", true));
        JsonNode evaluated = call(
                measured,
                "evaluation",
                deputy,
                "POST",
                path + "/evaluation",
                Map.of("attitude", "SATISFIED", "result", "SATISFIED"));
        assertThat(evaluated.get("status").asText()).isEqualTo("CLOSED");
        JsonNode dossier = call(measured, "dossier", deputy, "GET", path, null);
        assertThat(dossier.get("evaluations")).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(SuggestionProcess.KEY)
                        .processInstanceBusinessKey(String.valueOf(id))
                        .count())
                .isZero();
    }

    public JsonNode call(boolean measured, String action, String login, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + tokens.get(login))
                .header("Accept", "application/json");
        if (measured) {
            request.header(HEADER, action);
        }
        if ("GET".equals(method)) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        long started = System.nanoTime();
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - started;
        if (measured) {
            timings.computeIfAbsent(action, a -> new Timings()).add(nanos);
            statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder())
                    .increment();
        }
        if (response.statusCode() >= 300) {
            throw new AssertionError(
                    action + " by " + login + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    /** The floor's one action: the cheapest call through the same stack (Tomcat, security with a token, MVC, JSON). */
    public static final String FLOOR = "floor GET /api/me";

    /**
     * As many calls as a lifecycle makes, each the cheapest the API answers: what HTTP, the token, security,
     * MVC and JSON cost a lifecycle before it does any work.
     */
    public void floorLifecycle(int client, boolean measured) throws Exception {
        String deputy = deputy(client);
        for (int i = 0; i < ACTIONS.size(); i++) {
            call(measured, FLOOR, deputy, "GET", "/api/me", null);
        }
    }

    public void issueToken(String login) throws Exception {
        String basic = Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tokens"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"days\":1}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(login + ": " + response.body()).isEqualTo(201);
        tokens.put(login, json.readTree(response.body()).get("token").asText());
    }

    public static String deputy(int client) {
        return "deputy%03d".formatted(81 + client);
    }

    /** Call times of one action, in nanoseconds. */
    public static final class Timings {
        private final List<Long> nanos = new ArrayList<>();

        public synchronized void add(long value) {
            nanos.add(value);
        }

        public synchronized long[] sorted() {
            long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(values);
            return values;
        }
    }
}
