package org.deputyflow.config;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.deputyflow.suggestion.SuggestionApi;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the access matrix and the hostile-input tests share: the application's endpoints as the handler
 * mapping knows them, the callers, one seeded record of each kind to fill the path variables, and calls
 * that roll back. Everything runs inside the test method's transaction, so the seeds and whatever a call
 * writes disappear with it; each call runs in a savepoint of its own, so no call sees another's writes
 * and the order of the calls does not matter.
 */
final class AccessFixture {

    /** The columns of the matrix: who calls, as which demo login. */
    record Caller(String column, String login) {
        boolean anonymous() {
            return login == null;
        }
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null),
            new Caller("deputy", "deputy001"),
            new Caller("deputy-other", "deputy050"),
            new Caller("staff", "staff1"),
            new Caller("handler", "dept01-handler"),
            new Caller("handler-other", "dept02-handler"),
            new Caller("leader", "dept01-leader"),
            new Caller("council", "council1"),
            new Caller("member", "member01"),
            new Caller("admin", "admin"),
            new Caller("auditor", "auditor"));

    /** One row of the matrix: a method and a path pattern with its variables as plain {@code {name}}. */
    record Endpoint(String method, String pattern, HandlerMethod handler, MediaType consumes) {

        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/") || pattern.startsWith("/v3/");
        }

        boolean write() {
            return !method.equals("GET") && !method.equals("ANY");
        }

        /** The type of the {@code @RequestBody} parameter, or null. */
        MethodParameter body() {
            if (handler == null) {
                return null;
            }
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    return parameter;
                }
            }
            return null;
        }
    }

    /** Every mapping of the application, one per method and pattern, sorted by path. */
    static List<Endpoint> endpoints(RequestMappingHandlerMapping mapping) {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<String> patterns = info.getPatternValues();
            List<String> methods = info.getMethodsCondition().getMethods().stream()
                    .map(Enum::name)
                    .sorted()
                    .toList();
            MediaType consumes = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .findFirst()
                    .orElse(null);
            for (String pattern : patterns) {
                for (String method : methods.isEmpty() ? List.of("ANY") : methods) {
                    Endpoint endpoint = new Endpoint(method, plain(pattern), handler, consumes);
                    endpoints.putIfAbsent(endpoint.key(), endpoint);
                }
            }
        });
        List<Endpoint> sorted = new ArrayList<>(endpoints.values());
        sorted.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return sorted;
    }

    /** {@code /api/calendar/{year:\d+}} → {@code /api/calendar/{year}}: the table names variables, not regexes. */
    static String plain(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int end = i;
            do {
                char d = pattern.charAt(end);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                end++;
            } while (depth > 0);
            String variable = pattern.substring(i + 1, end - 1);
            int colon = variable.indexOf(':');
            out.append('{')
                    .append(colon < 0 ? variable : variable.substring(0, colon))
                    .append('}');
            i = end;
        }
        return out.toString();
    }

    /**
     * One record of each kind the paths name, all of deputy001 and department dept01: a suggestion in
     * handling, claimed by dept01-handler who has contacted the deputy, with a pending extension request, a reply waiting to be published and a published one, a motion
     * waiting for co-signers, a vote, a published disclosure, a notification and an API token of deputy001's,
     * a file deputy001 attached to the suggestion before it was accepted, an open follow-up report of dept01 on a
     * B reply to deputy001, a FAILED e-mail in the mail outbox and a standing committee meeting no decision refers to.
     */
    record Seeds(
            long suggestion,
            long extensionRequest,
            long dept01,
            long reply,
            String replyNumber,
            long motion,
            long vote,
            long disclosure,
            int disclosureYear,
            int disclosureQuarter,
            long notification,
            long user,
            long department,
            LocalDate calendarDate,
            long deputy,
            long token,
            long mail,
            long attachment,
            long instructionRecipient,
            long meeting,
            long followUp,
            long councilMeeting) {

        static final int CALENDAR_YEAR = 2026;

        /** The value of a path variable; some names mean a different record under a different path. */
        String value(String name, String pattern) {
            return switch (name) {
                case "id" -> String.valueOf(idFor(pattern));
                case "requestId" -> String.valueOf(extensionRequest);
                case "replyId" -> String.valueOf(reply);
                case "followUpId" -> String.valueOf(followUp);
                case "number" -> replyNumber;
                case "year" ->
                    String.valueOf(pattern.startsWith("/public/disclosures/") ? disclosureYear : CALENDAR_YEAR);
                case "quarter" -> String.valueOf(disclosureQuarter);
                case "date" -> calendarDate.toString();
                case "deputyId" -> String.valueOf(deputy);
                default ->
                    throw new IllegalStateException(
                            "No seeded value for {" + name + "} in " + pattern + ": add one to AccessFixture.Seeds");
            };
        }

        private long idFor(String pattern) {
            if (pattern.startsWith("/api/suggestions/") || pattern.startsWith("/suggestions/")) {
                return suggestion;
            }
            if (pattern.startsWith("/api/motions/") || pattern.startsWith("/motions/")) {
                return motion;
            }
            if (pattern.startsWith("/api/votes/")
                    || pattern.startsWith("/votes/")
                    || pattern.startsWith("/member/votes/")) {
                return vote;
            }
            if (pattern.startsWith("/api/disclosures/") || pattern.startsWith("/disclosures/")) {
                return disclosure;
            }
            if (pattern.startsWith("/api/notifications/") || pattern.startsWith("/notifications/")) {
                return notification;
            }
            if (pattern.startsWith("/api/tokens/")) {
                return token;
            }
            if (pattern.startsWith("/api/attachments/") || pattern.startsWith("/attachments/")) {
                return attachment;
            }
            if (pattern.startsWith("/api/meetings/") || pattern.startsWith("/staff/meetings/")) {
                return meeting;
            }
            if (pattern.startsWith("/admin/users/")) {
                return user;
            }
            if (pattern.startsWith("/admin/departments/")) {
                return department;
            }
            if (pattern.startsWith("/api/admin/mail-outbox/") || pattern.startsWith("/admin/mail/")) {
                return mail;
            }
            throw new IllegalStateException(
                    "No seeded record for {id} in " + pattern + ": add one to AccessFixture.Seeds");
        }

        String url(String pattern) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c == '{') {
                    int end = pattern.indexOf('}', i);
                    out.append(value(pattern.substring(i + 1, end), pattern));
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        /** A suggestion of deputy001's that dept01 answered: the id of its reply, not yet published. */
        private static long replied(SuggestionApi api, JdbcTemplate jdbc, String title) throws Exception {
            long id = api.submit("deputy001", title);
            api.accept(id);
            api.assign(id, List.of("dept01"), List.of());
            api.handleAndReply("dept01", id, "A");
            return jdbc.queryForObject(
                    "SELECT MAX(r.id) FROM reply r JOIN assignment a ON a.id = r.assignment_id"
                            + " WHERE a.suggestion_id = ?",
                    Long.class,
                    id);
        }

        /** A request body or form with {@code {suggestion}}, {@code {dept01}} … filled in. */
        String fill(String body) {
            return body.replace("{suggestion}", String.valueOf(suggestion))
                    .replace("{dept01}", String.valueOf(dept01))
                    .replace("{deputy002}", String.valueOf(deputy))
                    .replace("{instructionRecipient}", String.valueOf(instructionRecipient))
                    .replace("{councilMeeting}", String.valueOf(councilMeeting));
        }

        static Seeds plant(MockMvc mvc, ObjectMapper json, JdbcTemplate jdbc) throws Exception {
            SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
            long dept01 = api.departmentId("dept01");

            long suggestion = api.submit("deputy001", "访问矩阵：办理中的建议");
            long attachment = api.read(mvc.perform(
                            MockMvcRequestBuilders.multipart("/api/suggestions/" + suggestion + "/attachments")
                                    .file(new MockMultipartFile(
                                            "file",
                                            "访问矩阵.pdf",
                                            "application/pdf",
                                            "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                                    .with(httpBasic("deputy001", "demo"))))
                    .get("id")
                    .asLong();
            api.accept(suggestion);
            api.assign(suggestion, List.of("dept01"), List.of());
            api.claim("dept01-handler", suggestion);
            api.contact("dept01-handler", suggestion);
            long extension = api.read(api.post(
                            "dept01-leader",
                            "/api/suggestions/" + suggestion + "/extension-requests",
                            Map.of("months", 1, "reason", "需要协调多个部门")))
                    .get("requestId")
                    .asLong();
            // a key suggestion, so that its supervision pages have a record to show, with an instruction to dept01
            api.read(api.post(
                    "council1",
                    "/api/key-suggestions",
                    Map.of("suggestionId", suggestion, "supervisingLeader", "council1")));
            long instructionRecipient = api.read(api.post(
                            "council1",
                            "/api/suggestions/" + suggestion + "/supervision/instructions",
                            Map.of("content", "访问矩阵：督办意见")))
                    .get("recipients")
                    .get(0)
                    .get("id")
                    .asLong();

            long published = replied(api, jdbc, "访问矩阵：答复已公开的建议");
            api.read(api.post("staff1", "/api/replies/" + published + "/publication", null));
            String number = jdbc.queryForObject(
                    "SELECT s.serial_no FROM suggestion s JOIN assignment a"
                            + " ON a.suggestion_id = s.id JOIN reply r ON r.assignment_id = a.id WHERE r.id = ?",
                    String.class,
                    published);
            long reply = replied(api, jdbc, "访问矩阵：答复待公开的建议");
            int marked = api.put(
                            "staff1",
                            "/api/replies/" + reply + "/redactions",
                            Map.of("spans", List.of(Map.of("start", 0, "end", 1))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (marked != 204) {
                throw new IllegalStateException("Marking a passage of the seeded reply answered " + marked);
            }

            long followedUp = api.submit("deputy001", "访问矩阵：跟踪办理中的建议");
            api.accept(followedUp);
            api.assign(followedUp, List.of("dept01"), List.of());
            api.handleAndReply("dept01", followedUp, "B");
            api.read(api.evaluate("deputy001", followedUp, "SATISFIED", "SATISFIED", null));
            api.read(api.post(
                    "dept01-handler",
                    "/api/suggestions/" + followedUp + "/follow-ups",
                    Map.of("content", "访问矩阵：施工过半", "delivered", false)));
            long followUp = jdbc.queryForObject(
                    "SELECT MAX(f.id) FROM follow_up f JOIN assignment a"
                            + " ON a.id = f.assignment_id WHERE a.suggestion_id = ?",
                    Long.class,
                    followedUp);

            Map<String, Object> motion = new LinkedHashMap<>();
            motion.put("title", "访问矩阵：议案");
            motion.put("reason", "案由");
            motion.put("basis", "案据");
            motion.put("proposal", "方案");
            motion.put("period", "SESSION");
            motion.put("coSignerIds", List.of(api.deputyId("deputy002"), api.deputyId("deputy003")));
            long motionId = api.read(api.post("deputy001", "/api/motions", motion))
                    .get("id")
                    .asLong();

            long vote = api.read(api.post(
                            "staff1",
                            "/api/votes",
                            Map.of(
                                    "meetingDate",
                                    "2026-06-26",
                                    "title",
                                    "访问矩阵：测评",
                                    "departmentId",
                                    dept01,
                                    "reportTitle",
                                    "工作报告")))
                    .get("id")
                    .asLong();

            int year = 2007;
            int quarter = 1;
            long disclosure = api.read(api.post("staff1", "/api/disclosures", Map.of("year", year, "quarter", quarter)))
                    .get("disclosure")
                    .get("id")
                    .asLong();
            api.read(api.post("staff1", "/api/disclosures/" + disclosure + "/review", Map.of()));
            long councilMeeting = api.read(api.post(
                            "staff1",
                            "/api/meetings",
                            Map.of(
                                    "kind",
                                    "CHAIRPERSONS_COUNCIL",
                                    "number",
                                    "访问矩阵" + java.util.UUID.randomUUID(),
                                    "heldOn",
                                    "2026-01-06")))
                    .get("id")
                    .asLong();
            api.read(api.post(
                    "council1",
                    "/api/disclosures/" + disclosure + "/approval",
                    Map.of("approve", true, "meetingId", councilMeeting)));

            long notification =
                    jdbc.queryForObject("SELECT MAX(id) FROM notification WHERE recipient = 'deputy001'", Long.class);
            long user = jdbc.queryForObject("SELECT id FROM app_user WHERE login = 'member35'", Long.class);
            long department = api.departmentId("dept03");
            LocalDate date = jdbc.queryForObject(
                    "SELECT MIN(calendar_date) FROM calendar_day WHERE calendar_date >= ?",
                    LocalDate.class,
                    LocalDate.of(CALENDAR_YEAR, 1, 1));
            long token = api.read(api.post("deputy001", "/api/tokens", Map.of("name", "访问矩阵", "days", 7)))
                    .get("id")
                    .asLong();
            jdbc.update(
                    "INSERT INTO mail_outbox (notice_key, recipient_login, address, subject, body, status,"
                            + " attempts, next_attempt_at, created_at) VALUES ('access-matrix', 'deputy001',"
                            + " 'deputy001@deputyflow.test', '访问矩阵', '访问矩阵', 'FAILED', 8, ?, ?)",
                    LocalDate.of(CALENDAR_YEAR, 1, 1).atStartOfDay(),
                    LocalDate.of(CALENDAR_YEAR, 1, 1).atStartOfDay());
            long mail =
                    jdbc.queryForObject("SELECT id FROM mail_outbox WHERE notice_key = 'access-matrix'", Long.class);
            long meeting = api.read(api.post(
                            "staff1",
                            "/api/meetings",
                            Map.of("kind", "STANDING_COMMITTEE", "number", "访问矩阵第1次", "heldOn", "2026-01-05")))
                    .get("id")
                    .asLong();
            return new Seeds(
                    suggestion,
                    extension,
                    dept01,
                    reply,
                    number,
                    motionId,
                    vote,
                    disclosure,
                    year,
                    quarter,
                    notification,
                    user,
                    department,
                    date,
                    api.deputyId("deputy002"),
                    token,
                    mail,
                    attachment,
                    instructionRecipient,
                    meeting,
                    followUp,
                    councilMeeting);
        }
    }

    private final MockMvc mvc;
    private final DirectoryService directory;
    private final TransactionTemplate savepoint;
    private final SqlSessionTemplate sql;
    private final Map<String, CurrentUser> accounts = new HashMap<>();

    AccessFixture(
            MockMvc mvc, DirectoryService directory, PlatformTransactionManager transactions, SqlSessionTemplate sql) {
        this.mvc = mvc;
        this.directory = directory;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.sql = sql;
    }

    /** A request as a browser or an API client sends it, signed in as the caller. */
    MockHttpServletRequestBuilder request(Endpoint endpoint, String url, Caller caller) {
        HttpMethod method = endpoint.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(endpoint.method());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, url)
                .accept(
                        endpoint.api()
                                ? "application/json, application/problem+json, */*;q=0.5"
                                : "text/html, application/xhtml+xml, */*;q=0.8");
        // a browser session carries the CSRF token; an anonymous caller is refused for want of a sign-in, not a token
        request.with(csrf());
        if (!caller.anonymous()) {
            request.with(user(accounts.computeIfAbsent(
                    caller.login(), login -> directory.account(login).orElseThrow())));
        }
        return request;
    }

    /** What a caller got: the status, where a redirect points, the content type and the body. */
    record Response(int status, String redirect, String contentType, String body) {

        boolean toLogin() {
            return status / 100 == 3 && redirect != null && redirect.matches("(https?://[^/]+)?/login([?#].*)?");
        }

        boolean problem() {
            return contentType != null && contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }

        @Override
        public String toString() {
            return status
                    + (redirect != null ? " → " + redirect : "")
                    + (contentType != null ? " (" + contentType + ")" : "");
        }
    }

    /**
     * Runs the call in a savepoint that is always rolled back, and forgets what MyBatis cached inside it.
     * An exception no handler turned into a response is what a real server answers with 500.
     */
    Response call(MockHttpServletRequestBuilder request) {
        return call(request, response -> response);
    }

    /** The call, and then {@code inside} in the same savepoint, before it is rolled back. */
    <T> T call(MockHttpServletRequestBuilder request, Function<Response, T> inside) {
        return rolledBack(() -> {
            Response response;
            try {
                MvcResult result = mvc.perform(request).andReturn();
                response = new Response(
                        result.getResponse().getStatus(),
                        result.getResponse().getRedirectedUrl(),
                        result.getResponse().getContentType(),
                        body(result));
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                response = new Response(500, null, null, "unhandled " + root);
            }
            return inside.apply(response);
        });
    }

    <T> T rolledBack(Supplier<T> work) {
        try {
            return savepoint.execute(status -> {
                status.setRollbackOnly();
                return work.get();
            });
        } finally {
            sql.clearCache();
        }
    }

    static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
