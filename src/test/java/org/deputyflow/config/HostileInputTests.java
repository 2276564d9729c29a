package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.config.AccessFixture.Caller;
import org.deputyflow.config.AccessFixture.Endpoint;
import org.deputyflow.config.AccessFixture.Response;
import org.deputyflow.config.AccessFixture.Seeds;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every write of the API ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under {@code /api}, from
 * the handler mapping), called by the first caller the access matrix lets in, with what a careless or
 * hostile client sends: no body, {@code null}, {@code {}}, broken JSON, an array for an object, every field
 * of the wrong type, an unknown enum value, each text field far too long, 𠮷 and emoji, HTML, SQL fragments,
 * and 10 MB. The answer is never a 5xx; a refused call (400, 404 or 409 where the record or its state
 * decides first, 413 for the 10 MB) leaves the application's tables as they were. Texts such as 𠮷, HTML
 * and SQL are what people may legitimately write, so a write that accepts them is no failure; the
 * well-formed bodies come from the access matrix's second table.
 */
@DeputyFlowTest
class HostileInputTests {

    /**
     * Writes that check the caller's own password: a wrong one (which most hostile bodies carry) counts as a
     * failed sign-in in a transaction of its own that no rollback undoes, and would lock the demo login for
     * every later test. Their inputs are tested where the password rules are ({@code AccountControllerTests}).
     */
    static final Set<String> CHECK_OWN_PASSWORD = Set.of("PUT /api/me/password", "POST /account/password");

    /** Longer than any text DeputyFlow takes (a suggestion's content: 20,000 characters). */
    static final String TOO_LONG = "长".repeat(20_001);

    static final String RARE = "𠮷野家 😀👍🏽 代表建议";
    static final String HTML = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final String SQL = "' OR 1=1 --; DROP TABLE suggestion; --";
    static final byte[] HUGE =
            ("{\"title\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

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
    DataSource dataSource;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    /** A response and the row counts seen in its savepoint, before the rollback. */
    record Checked(Response response, Map<String, Long> counts) {}

    record Payload(String name, MediaType type, byte[] body, boolean legitimateText) {
        static Payload json(String name, String body) {
            return new Payload(name, MediaType.APPLICATION_JSON, body.getBytes(StandardCharsets.UTF_8), false);
        }
    }

    @Test
    @Transactional
    void hostile_bodies_on_every_api_write_are_refused_without_a_5xx_and_change_nothing() throws Exception {
        AccessMatrix matrix = AccessMatrix.read();
        AccessFixture fixture = new AccessFixture(mvc, directory, transactions, sql);
        Seeds seeds = Seeds.plant(mvc, json, jdbc);
        String counting = countingQuery();
        Map<String, Long> before = counts(counting);

        List<Endpoint> writes = AccessFixture.endpoints(mappings).stream()
                .filter(e -> e.pattern().startsWith("/api/") && e.write() && !CHECK_OWN_PASSWORD.contains(e.key()))
                .toList();
        assertThat(writes).hasSizeGreaterThan(30);
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> accepted = new TreeMap<>();
        int calls = 0;
        for (Endpoint endpoint : writes) {
            Caller caller = matrix.rows().containsKey(endpoint.key()) ? matrix.firstWithAccess(endpoint.key()) : null;
            if (caller == null) {
                failures.add(endpoint.key() + ": no row in the access matrix lets anybody in");
                continue;
            }
            String url = seeds.url(endpoint.pattern());
            for (Payload payload : payloads(endpoint, seeds.fill(matrix.body(endpoint)))) {
                MockHttpServletRequestBuilder request = fixture.request(endpoint, url, caller)
                        .contentType(payload.type())
                        .content(payload.body());
                Checked checked =
                        fixture.call(request, r -> new Checked(r, r.status() / 100 == 2 ? null : counts(counting)));
                calls++;
                Response response = checked.response();
                Map<String, Long> after = checked.counts();
                String call = "%s %s as %s, %s".formatted(endpoint.method(), url, caller.login(), payload.name());
                int status = response.status();
                if (status >= 500) {
                    failures.add(call + ": " + response + " — " + abbreviated(response.body()));
                } else if (status / 100 == 2) {
                    if (!payload.legitimateText()) {
                        failures.add(call + ": accepted with " + status);
                    } else {
                        accepted.computeIfAbsent(endpoint.key(), k -> new ArrayList<>())
                                .add(payload.name());
                    }
                } else if (!Set.of(400, 404, 409, 413).contains(status)) {
                    failures.add(call + ": " + response + " — " + abbreviated(response.body()));
                } else if (payload.name().startsWith("10 MB") && status != 413) {
                    failures.add(call + ": expected 413, got " + response);
                } else if (!before.equals(after)) {
                    failures.add(call + ": refused with " + status + " but changed " + difference(before, after));
                }
            }
        }
        assertThat(failures)
                .as("hostile input on %d calls (texts accepted as written: %s)", calls, accepted)
                .isEmpty();
        assertThat(counts(counting)).as("the tables after all calls").isEqualTo(before);
    }

    @Test
    @Transactional
    void hostile_query_parameters_on_every_read_never_give_a_5xx() throws Exception {
        AccessMatrix matrix = AccessMatrix.read();
        AccessFixture fixture = new AccessFixture(mvc, directory, transactions, sql);
        Seeds seeds = Seeds.plant(mvc, json, jdbc);
        List<String> values = List.of(
                "NO_SUCH_VALUE",
                "-1",
                "99999999999999999999",
                "2026-13-45",
                "长".repeat(5_000),
                RARE + HTML + SQL + "%_\\");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : AccessFixture.endpoints(mappings)) {
            if (!endpoint.method().equals("GET")
                    || endpoint.handler() == null
                    || !matrix.rows().containsKey(endpoint.key())) {
                continue;
            }
            Caller caller = matrix.firstWithAccess(endpoint.key());
            List<String> parameters = queryParameters(endpoint);
            if (caller == null || parameters.isEmpty()) {
                continue;
            }
            String url = seeds.url(endpoint.pattern());
            for (String parameter : parameters) {
                for (String value : values) {
                    Response response =
                            fixture.call(fixture.request(endpoint, url, caller).param(parameter, value));
                    calls++;
                    if (response.status() >= 500) {
                        failures.add("GET %s?%s=%s as %s: %s — %s"
                                .formatted(
                                        url,
                                        parameter,
                                        abbreviated(value),
                                        caller.login(),
                                        response,
                                        abbreviated(response.body())));
                    }
                }
            }
        }
        assertThat(calls).as("calls with hostile query parameters").isGreaterThan(100);
        assertThat(failures).as("hostile query parameters on %d calls", calls).isEmpty();
    }

    @Test
    @Transactional
    void hostile_form_fields_on_every_page_write_never_give_a_5xx() throws Exception {
        AccessMatrix matrix = AccessMatrix.read();
        AccessFixture fixture = new AccessFixture(mvc, directory, transactions, sql);
        Seeds seeds = Seeds.plant(mvc, json, jdbc);
        List<String> values = List.of("NO_SUCH_VALUE", "-1", "99999999999999999999", TOO_LONG, RARE + HTML + SQL);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Endpoint endpoint : AccessFixture.endpoints(mappings)) {
            if (endpoint.api()
                    || !endpoint.write()
                    || !matrix.rows().containsKey(endpoint.key())
                    || CHECK_OWN_PASSWORD.contains(endpoint.key())) {
                continue;
            }
            Caller caller = matrix.firstWithAccess(endpoint.key());
            if (caller == null) {
                continue;
            }
            String url = seeds.url(endpoint.pattern());
            String base = seeds.fill(matrix.body(endpoint));
            for (String field : formFields(endpoint)) {
                for (String value : values) {
                    MockHttpServletRequestBuilder request =
                            fixture.request(endpoint, url, caller).contentType(MediaType.APPLICATION_FORM_URLENCODED);
                    for (String pair : base.isEmpty() ? new String[0] : base.split("&")) {
                        String[] kv = pair.split("=", 2);
                        if (!kv[0].equals(field)) {
                            request.param(kv[0], kv[1]);
                        }
                    }
                    request.param(field, value);
                    Response response = fixture.call(request);
                    calls++;
                    if (response.status() >= 500) {
                        failures.add("POST %s %s=%s as %s: %s — %s"
                                .formatted(
                                        url,
                                        field,
                                        abbreviated(value),
                                        caller.login(),
                                        response,
                                        abbreviated(response.body())));
                    }
                }
            }
        }
        assertThat(calls).as("calls with hostile form fields").isGreaterThan(100);
        assertThat(failures).as("hostile form fields on %d calls", calls).isEmpty();
    }

    /** The names a page's form posts: its request parameters and the properties of its form object. */
    private static List<String> formFields(Endpoint endpoint) {
        List<String> names = new ArrayList<>(queryParameters(endpoint));
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (!parameter.hasParameterAnnotation(ModelAttribute.class)) {
                continue;
            }
            Class<?> form = parameter.getParameterType();
            if (form.isRecord()) {
                for (RecordComponent component : form.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
                    if (property.getWriteMethod() != null) {
                        names.add(property.getName());
                    }
                }
            }
        }
        return names;
    }

    private static List<String> queryParameters(Endpoint endpoint) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                names.add(!name.isEmpty() ? name : parameter.getParameterName());
            }
        }
        return names;
    }

    /** What to send: JSON shaped after the {@code @RequestBody} type, CSV for a byte body, 10 MB to every write. */
    private List<Payload> payloads(Endpoint endpoint, String base) throws Exception {
        List<Payload> payloads = new ArrayList<>();
        MethodParameter body = endpoint.body();
        if (body != null && body.getParameterType() == byte[].class) {
            MediaType csv = endpoint.consumes() != null ? endpoint.consumes() : MediaType.TEXT_PLAIN;
            payloads.add(new Payload("an empty file", csv, new byte[0], false));
            payloads.add(
                    new Payload("a file that is not the calendar's CSV", csv, bytes("{\"date\": 1}\n,,,,\n"), false));
            payloads.add(new Payload(
                    "a line far too long", csv, bytes("date,kind,name\n2026-01-01,HOLIDAY," + TOO_LONG + "\n"), false));
            payloads.add(
                    new Payload("an unknown kind", csv, bytes("date,kind,name\n2026-01-01,NO_SUCH_KIND,元旦\n"), false));
            for (String[] text : texts()) {
                payloads.add(
                        new Payload(text[0], csv, bytes("date,kind,name\n2026-01-01,HOLIDAY," + text[1] + "\n"), true));
            }
        } else if (body != null) {
            JsonNode valid = json.readTree(base);
            Class<?> type = body.getParameterType();
            boolean list = Collection.class.isAssignableFrom(type);
            Class<?> shape = list ? elementType(body.getGenericParameterType()) : type;
            payloads.add(Payload.json("no body", ""));
            payloads.add(Payload.json("null", "null"));
            payloads.add(Payload.json("{}", "{}"));
            payloads.add(Payload.json("broken JSON", "{\"title\": \"未闭合"));
            payloads.add(Payload.json(
                    list ? "an object for an array" : "an array for an object",
                    list ? "{\"date\": \"2026-01-01\"}" : "[{\"title\": \"x\"}]"));
            if (shape.isRecord()) {
                payloads.add(Payload.json(
                        "every field of the wrong type",
                        write(list, fields(shape, valid, component -> wrongType(component.getType())))));
                if (hasEnum(shape)) {
                    payloads.add(Payload.json(
                            "an unknown enum value",
                            write(list, fields(shape, valid, c -> c.getType().isEnum() ? "NO_SUCH_VALUE" : KEEP))));
                }
                for (RecordComponent component : shape.getRecordComponents()) {
                    if (component.getType() == String.class) {
                        payloads.add(Payload.json(
                                component.getName() + " far too long",
                                write(
                                        list,
                                        fields(
                                                shape,
                                                valid,
                                                c -> c.getName().equals(component.getName()) ? TOO_LONG : KEEP))));
                    }
                }
                if (hasText(shape)) {
                    for (String[] text : texts()) {
                        payloads.add(new Payload(
                                text[0],
                                MediaType.APPLICATION_JSON,
                                bytes(write(
                                        list, fields(shape, valid, c -> c.getType() == String.class ? text[1] : KEEP))),
                                true));
                    }
                }
            }
        }
        payloads.add(new Payload("10 MB", MediaType.APPLICATION_JSON, HUGE, false));
        return payloads;
    }

    private static final Object KEEP = new Object();

    private static String[][] texts() {
        return new String[][] {{"𠮷 and emoji", RARE}, {"HTML", HTML}, {"SQL fragments", SQL}};
    }

    /** The valid body's fields, each replaced where {@code change} says so. */
    private Map<String, Object> fields(Class<?> shape, JsonNode valid, Function<RecordComponent, Object> change) {
        JsonNode object = valid.isArray() ? (valid.isEmpty() ? json.createObjectNode() : valid.get(0)) : valid;
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : shape.getRecordComponents()) {
            Object value = change.apply(component);
            if (value != KEEP) {
                fields.put(component.getName(), value);
            } else if (object.has(component.getName())) {
                fields.put(component.getName(), object.get(component.getName()));
            }
        }
        return fields;
    }

    private String write(boolean list, Map<String, Object> fields) {
        try {
            return json.writeValueAsString(list ? List.of(fields) : fields);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object wrongType(Class<?> type) {
        if (type == String.class) {
            return List.of(1, 2);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return Map.of("not", "a list");
        }
        if (JsonNode.class.isAssignableFrom(type)) {
            return KEEP;
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "not a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "perhaps";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "yesterday";
        }
        return List.of("not", "a value");
    }

    private static boolean hasEnum(Class<?> shape) {
        for (RecordComponent component : shape.getRecordComponents()) {
            if (component.getType().isEnum()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(Class<?> shape) {
        for (RecordComponent component : shape.getRecordComponents()) {
            if (component.getType() == String.class) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }

    /** One query that counts the rows of every application table (not the engine's, not Flyway's). */
    private String countingQuery() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs =
                    meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    String lower = name.toLowerCase();
                    if (!lower.startsWith("act_") && !lower.startsWith("flyway")) {
                        tables.add(name);
                    }
                }
            }
        }
        assertThat(tables).as("the application's tables").hasSizeGreaterThan(30);
        return String.join(
                " UNION ALL ",
                tables.stream()
                        .map(t -> "SELECT '" + t + "' AS t, COUNT(*) AS n FROM " + t)
                        .toList());
    }

    private Map<String, Long> counts(String query) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(query, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, n) -> {
            if (!n.equals(after.get(table))) {
                changed.add(table + " " + n + " → " + after.get(table));
            }
        });
        return String.join(", ", changed);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
