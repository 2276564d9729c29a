package org.deputyflow.suggestion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.task.Task;
import org.deputyflow.calendar.CalendarService;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.domain.Role;
import org.deputyflow.shared.PageRequest;
import org.deputyflow.suggestion.DepartmentWork;
import org.deputyflow.suggestion.domain.DepartmentWorkView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A suggestion's whole lifecycle over the REST API with personal tokens, from 1, 4 and 16 clients at
 * once, side by side with a bare process of one user task per step on the same engine, the same
 * database and the same number of threads: warm-up and measured rounds of both alternate, so that
 * the shared machine's noise hits both. Prints lifecycles per second of both and their ratio,
 * p50/p95/p99 per action, the 4xx/5xx answers and the SQL statements per action (the application's
 * and the engine's, told apart by the engine's ACT_ tables). It runs only when asked:
 * <pre>
 * ./mvnw -B test -Dexcluded.test.groups= -Dtest=LifecycleBenchmarkTests
 * </pre>
 * (on MariaDB with the mysql profile against a database of its own; see README.md). System
 * properties: {@code deputyflow.benchmark.clients} (1,4,16), {@code .rounds} (measured rounds, 3),
 * {@code .lifecycles} (per client and round, 8), {@code .warmup} and {@code .warmup.max} (unmeasured
 * rounds before: at least 3, then until the JIT compilers settle, at most 100), {@code .scale=true} to
 * seed 100,000 suggestions first (as {@link ReportingBenchmarkTests} does) and time the task list and the
 * dossier at that size, and {@code .profile=true} to record the measured rounds and report their CPU by
 * cause ({@link LifecycleProfile}).
 * The job executor stays off as in every test: a timer job that fires during a round would be
 * counted against whichever lifecycle happened to run beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LifecycleBenchmarkTests.Counting.class)
@Tag("benchmark")
class LifecycleBenchmarkTests {

    static final int[] CLIENTS = Arrays.stream(
                    System.getProperty("deputyflow.benchmark.clients", "1,4,16").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    static final int ROUNDS = Integer.getInteger("deputyflow.benchmark.rounds", 3);
    /**
     * Unmeasured rounds of each kind before the measured ones: at least {@code warmup}, then on until the
     * JIT compilers work less than {@link #SETTLED} of a round's time in {@link #SETTLED_ROUNDS} rounds in a
     * row, at most {@code warmup.max}. A
     * server runs compiled code all day; on two cores the compilers take minutes to get there, and a
     * JVM still compiling both runs slower code and lends the compilers cores the rounds wait for.
     */
    static final int WARM_UP = Integer.getInteger("deputyflow.benchmark.warmup", 3);

    static final int WARM_UP_MAX = Integer.getInteger("deputyflow.benchmark.warmup.max", 100);
    static final double SETTLED = 0.10;
    /** Rounds in a row under {@link #SETTLED}: one quiet round happens long before the compilers are done. */
    static final int SETTLED_ROUNDS = 3;

    static final int LIFECYCLES = Integer.getInteger("deputyflow.benchmark.lifecycles", 8);
    static final boolean SCALE = Boolean.getBoolean("deputyflow.benchmark.scale");
    /** Lists each action's statements, the application's and the engine's, with their number per call. */
    static final boolean SQL = Boolean.getBoolean("deputyflow.benchmark.sql");
    /** Records the measured rounds with Java Flight Recorder and reports their CPU by cause: {@link LifecycleProfile}. */
    static final boolean PROFILE = Boolean.getBoolean("deputyflow.benchmark.profile");

    static final String BARE = "bench-bare-lifecycle";
    static final String HEADER = LifecycleDriver.HEADER;
    static final List<String> ACTIONS = LifecycleDriver.ACTIONS;
    static final List<String> BARE_ACTIONS = List.of(
            "start",
            "complete 1",
            "complete 2",
            "complete 3",
            "complete 4",
            "complete 5",
            "complete 6",
            "complete 7",
            "complete 8",
            "complete 9",
            "history");

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    CalendarService calendar;

    @Autowired
    DepartmentWork departmentWork;

    final StringBuilder out = new StringBuilder();
    LifecycleDriver driver;
    Map<String, LifecycleDriver.Timings> timings;
    Map<Integer, LongAdder> statuses;
    LifecycleProfile profile;
    /** This JVM's CPU and, on MariaDB or MySQL, the local database server's: H2 runs inside this JVM. */
    ProcessCpu cpu;
    /** What the measured rounds of each kind used (a JVM still compiling is not yet at its speed). */
    final Map<Kind, ProcessCpu.Reading> used = new java.util.EnumMap<>(Kind.class);

    @Test
    void the_lifecycle_over_the_api_compared_with_a_bare_engine() throws Exception {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        boolean h2 = database.startsWith("H2");
        cpu = h2 ? ProcessCpu.jvmOnly() : ProcessCpu.find();
        line("# Lifecycle benchmark on " + database + (SCALE ? ", at scale" : ""));
        line("processors " + Runtime.getRuntime().availableProcessors() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, application started in "
                + Counting.startedIn + " ms (ready in " + Counting.readyIn + " ms)");
        if (SCALE) {
            ReportingBenchmarkTests reporting = new ReportingBenchmarkTests();
            reporting.dataSource = dataSource;
            long started = System.nanoTime();
            if (!reporting.seeded()) {
                reporting.new Seed(calendar.today(), h2).run();
                line("seeded in " + (System.nanoTime() - started) / 1_000_000_000 + " s");
            }
            reporting.analyze(h2);
            line("rows: " + reporting.counts());
        }
        deployBareProcess();
        driver = new LifecycleDriver(port, json, runtime, jdbc);
        timings = driver.timings;
        statuses = driver.statuses;
        driver.issueTokens(Arrays.stream(CLIENTS).max().orElse(1));

        for (int clients : CLIENTS) {
            line("");
            line("## " + clients + " client" + (clients == 1 ? "" : "s") + ", " + ROUNDS + " measured rounds of "
                    + LIFECYCLES + " lifecycles per client; load average "
                    + String.format(
                            Locale.ROOT,
                            "%.1f",
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            // warm-up of both, then measured rounds that alternate
            List<String> compiling = warmUp(clients);
            timings.clear();
            statuses.clear();
            Counting.reset();
            used.clear();
            long classesAtStart = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            profile = PROFILE ? new LifecycleProfile() : null;
            double appSeconds = 0;
            double bareSeconds = 0;
            double floorSeconds = 0;
            for (int r = 0; r < ROUNDS; r++) {
                appSeconds += round(clients, Kind.API, true);
                bareSeconds += round(clients, Kind.BARE, true);
                floorSeconds += round(clients, Kind.FLOOR, true);
            }
            long lifecycles = (long) ROUNDS * LIFECYCLES * clients;
            double app = lifecycles / appSeconds;
            double bare = lifecycles / bareSeconds;
            double floor = lifecycles / floorSeconds;
            line("lifecycles/s: API with tokens " + f1(app) + ", bare engine " + f1(bare) + ", ratio "
                    + f2(app / bare));
            // an API lifecycle does at least the floor's HTTP work and the bare engine's: 1 / (1/floor + 1/bare)
            line("floor: " + LifecycleDriver.ACTIONS.size() + " × GET /api/me with a token, " + f1(floor)
                    + " lifecycles/s; the ratio an API lifecycle of the floor's and the bare engine's work would reach: "
                    + f2(floor / (floor + bare)));
            ProcessCpu.Reading api = used.get(Kind.API);
            ProcessCpu.Reading bareUsed = used.get(Kind.BARE);
            line("CPU per lifecycle, ms (this JVM: application, engine and the benchmark's clients"
                    + (cpu.seesDatabase() ? " / the database server" : "") + "): API " + cpuMs(Kind.API, lifecycles)
                    + ", bare engine " + cpuMs(Kind.BARE, lifecycles) + ", floor " + cpuMs(Kind.FLOOR, lifecycles)
                    + "; API ÷ bare engine: JVM " + f2(api.jvmNanos() / (double) bareUsed.jvmNanos())
                    + (cpu.seesDatabase() ? ", both " + f2(api.bothNanos() / (double) bareUsed.bothNanos()) : ""));
            line("JIT compilers' work during the measured rounds, ms: API " + api.compilingMillis() + ", bare engine "
                    + bareUsed.compilingMillis() + ", floor "
                    + used.get(Kind.FLOOR).compilingMillis()
                    + " (warm-up rounds: "
                    + compiling.size() + ", the compilers' share of each: " + String.join(", ", compiling)
                    + "); classes loaded meanwhile: "
                    + (ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classesAtStart));
            line("answers: " + new java.util.TreeMap<>(statuses));
            line("");
            line("| action | calls | p50 ms | p95 ms | p99 ms | SQL app | SQL engine | transactions |");
            line("|---|---|---|---|---|---|---|---|");
            for (String action : ACTIONS) {
                report(action);
            }
            for (String action : BARE_ACTIONS) {
                report("bare " + action);
            }
            report(LifecycleDriver.FLOOR);
            if (SQL) {
                statements(ACTIONS, lifecycles);
            }
            if (profile != null) {
                profile.report(
                        kind -> used.get(kind).jvmNanos() / 1e6 / lifecycles,
                        Path.of("target", "benchmark", "lifecycle-" + (h2 ? "h2" : "mysql") + "-" + clients + ".jfr"),
                        this::line);
                profile = null;
            }
            assertThat(statuses.keySet()).allMatch(status -> status < 500);
            assertThat(statuses.keySet()).allMatch(status -> status < 400);
        }
        if (SCALE) {
            atScale();
        }
        write(h2);
    }

    /** Warm-up rounds of the three kinds until the JIT settles; the compilers' share of each round's time. */
    List<String> warmUp(int clients) throws Exception {
        List<String> shares = new ArrayList<>();
        int settled = 0;
        for (int r = 0; r < WARM_UP_MAX; r++) {
            long compiling = ProcessCpu.compilation();
            long started = System.nanoTime();
            round(clients, Kind.API, false);
            round(clients, Kind.BARE, false);
            round(clients, Kind.FLOOR, false);
            double share = (ProcessCpu.compilation() - compiling) / ((System.nanoTime() - started) / 1e6);
            shares.add(f2(share));
            settled = share < SETTLED ? settled + 1 : 0;
            if (r + 1 >= WARM_UP && settled == SETTLED_ROUNDS) {
                break;
            }
        }
        return shares;
    }

    /**
     * The application refuses any process but its own (config.OwnProcessesOnly, a deployer of the
     * engine): the benchmark's own context lifts that guard for the bare process only, and puts it back.
     */
    void deployBareProcess() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DeploymentCache cache = configuration.getDeploymentCache();
        List<Deployer> own = configuration.getDeployers();
        cache.setDeployers(own.stream()
                .filter(d -> !d.getClass().getSimpleName().equals("OwnProcessesOnly"))
                .toList());
        try {
            repository
                    .createDeployment()
                    .name("benchmark")
                    .addClasspathResource("bench/bare-lifecycle.bpmn")
                    .enableDuplicateFiltering(true)
                    .deploy();
        } finally {
            cache.setDeployers(own);
        }
    }

    /** What a round drives: the lifecycle over the API, the bare engine, or the API's floor. */
    enum Kind {
        API,
        BARE,
        FLOOR
    }

    /** One round of every client's lifecycles; the seconds it took. */
    double round(int clients, Kind kind, boolean measured) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            Instant startedAt = Instant.now();
            ProcessCpu.Reading atStart = cpu.read();
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int c = client;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < LIFECYCLES; i++) {
                        switch (kind) {
                            case API -> driver.apiLifecycle(c, measured);
                            case BARE -> bareLifecycle(measured);
                            case FLOOR -> driver.floorLifecycle(c, measured);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            if (measured) {
                used.merge(kind, cpu.read().minus(atStart), ProcessCpu.Reading::plus);
                if (profile != null) {
                    profile.measured(kind, startedAt, Instant.now());
                }
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * What the engine alone does for the same steps: start, then find each user task by the business key
     * and complete it with one variable; at the end read the finished instance from the history.
     */
    void bareLifecycle(boolean measured) {
        String key = "bare-" + driver.titles.incrementAndGet();
        String id = timed(
                measured,
                "bare start",
                () -> runtime.startProcessInstanceByKey(BARE, key, Map.of("suggestionId", key))
                        .getId());
        for (int step = 1; step <= 9; step++) {
            int s = step;
            timed(measured, "bare complete " + step, () -> {
                Task task =
                        tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult();
                tasks.complete(task.getId(), Map.of("step" + s, s));
                return null;
            });
        }
        Object ended = timed(
                measured,
                "bare history",
                () -> history.createHistoricProcessInstanceQuery()
                        .processInstanceId(id)
                        .singleResult()
                        .getEndTime());
        assertThat(ended).isNotNull();
    }

    <T> T timed(boolean measured, String action, java.util.function.Supplier<T> work) {
        Counting.ACTION.set(measured ? action : null);
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            long nanos = System.nanoTime() - started;
            Counting.ACTION.remove();
            if (measured) {
                timings.computeIfAbsent(action, a -> new LifecycleDriver.Timings())
                        .add(nanos);
            }
        }
    }

    JsonNode call(boolean measured, String action, String login, String method, String path, Object body)
            throws IOException, InterruptedException {
        return driver.call(measured, action, login, method, path, body);
    }

    static String deputy(int client) {
        return LifecycleDriver.deputy(client);
    }

    /** The department's task list and home list and the dossier with 100,000 suggestions stored. */
    void atScale() throws Exception {
        line("");
        line("## at scale");
        long busiest = jdbc.queryForObject(
                "SELECT department_id FROM assignment GROUP BY department_id " + "ORDER BY COUNT(*) DESC LIMIT 1",
                Long.class);
        long seeded = jdbc.queryForObject(
                "SELECT MIN(a.suggestion_id) FROM assignment a JOIN reply r "
                        + "ON r.assignment_id = a.id WHERE a.department_id = ?",
                Long.class,
                busiest);
        // open work in dept01's queue: suggestions assigned and not yet claimed
        for (int i = 0; i < 40; i++) {
            long id = call(
                            false,
                            "submit",
                            deputy(0),
                            "POST",
                            "/api/suggestions",
                            Map.of(
                                    "title",
                                    "基准测试待签收 " + i,
                                    "content",
                                    "建议内容。",
                                    "category",
                                    "城乡建设",
                                    "period",
                                    "SESSION",
                                    "coSignerIds",
                                    List.of(),
                                    "wantsFaceToFace",
                                    false,
                                    "confidential",
                                    false))
                    .get("id")
                    .asLong();
            call(
                    false,
                    "screen",
                    "staff1",
                    "POST",
                    "/api/suggestions/" + id + "/screening",
                    Map.of("outcome", "ACCEPT"));
            call(
                    false,
                    "assign",
                    "staff1",
                    "POST",
                    "/api/suggestions/" + id + "/assignment",
                    Map.of("leadDepartmentIds", List.of(driver.leadId), "coDepartmentIds", List.of(driver.coId)));
        }
        timings.clear();
        Counting.reset();
        CurrentUser handler = new CurrentUser(
                0, "benchmark-handler", "benchmark", "", Set.of(Role.DEPT_HANDLER), busiest, "busiest", null, true);
        for (int i = 0; i < 110; i++) {
            boolean measured = i >= 10;
            call(measured, "task list, dept01 handler", "dept01-handler", "GET", "/api/tasks?size=20", null);
            call(measured, "dossier, seeded suggestion (staff)", "staff1", "GET", "/api/suggestions/" + seeded, null);
            for (DepartmentWorkView view :
                    List.of(DepartmentWorkView.QUEUE, DepartmentWorkView.DUE_SOON, DepartmentWorkView.OVERDUE)) {
                timed(
                        measured,
                        "department home " + view + ", busiest seeded department",
                        () -> departmentWork
                                .list(handler, view, false, PageRequest.of(0, 20))
                                .total());
            }
        }
        line("| query | calls | p50 ms | p95 ms | p99 ms | SQL app | SQL engine | transactions |");
        line("|---|---|---|---|---|---|---|---|");
        for (String name : new ArrayList<>(new java.util.TreeSet<>(timings.keySet()))) {
            report(name);
        }
        assertThat(statuses.keySet()).allMatch(status -> status < 400);
    }

    /** Each action's statements per call, most frequent first, the SQL text shortened to one line. */
    void statements(List<String> actions, long calls) {
        for (String action : actions) {
            Map<String, LongAdder> seen = Counting.TEXT.getOrDefault(action, Map.of());
            line("");
            line("### statements of " + action);
            seen.entrySet().stream()
                    .sorted((a, b) ->
                            Long.compare(b.getValue().sum(), a.getValue().sum()))
                    .forEach(e -> line("- " + f1(e.getValue().sum() / (double) calls) + " × `" + e.getKey() + "`"));
        }
    }

    void report(String action) {
        LifecycleDriver.Timings t = timings.get(action);
        if (t == null) {
            return;
        }
        long[] sorted = t.sorted();
        line("| " + action + " | " + sorted.length + " | " + ms(sorted, 50) + " | " + ms(sorted, 95) + " | "
                + ms(sorted, 99) + " | " + f1(Counting.app(action) / (double) sorted.length) + " | "
                + f1(Counting.engine(action) / (double) sorted.length) + " | "
                + f1(Counting.transactions(action) / (double) sorted.length) + " |");
    }

    /** "12.3" or, with the database server seen, "12.3 / 4.5": CPU ms per lifecycle of a kind's measured rounds. */
    String cpuMs(Kind kind, long lifecycles) {
        ProcessCpu.Reading reading = used.get(kind);
        return f1(reading.jvmNanos() / 1e6 / lifecycles)
                + (cpu.seesDatabase() ? " / " + f1(reading.databaseNanos() / 1e6 / lifecycles) : "");
    }

    static String ms(long[] sorted, int p) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1e6);
    }

    static String f2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String f1(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    void line(String text) {
        System.out.println(text);
        out.append(text).append('\n');
    }

    void write(boolean h2) throws IOException {
        Path file = Path.of(
                "target",
                "benchmark",
                "lifecycle-" + (h2 ? "h2" : "mysql") + (SCALE ? "-scale" : "") + "-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println("written to " + file);
    }

    /**
     * Counts the SQL statements the application and the engine run for each action: an HTTP request
     * names its action in a header, which a filter before every other one puts on the request's thread;
     * the bare engine's steps name theirs on the client's thread. A statement on a table of the
     * engine (ACT_…) is the engine's.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        static final ThreadLocal<String> ACTION = new ThreadLocal<>();
        static final Map<String, LongAdder> APP = new ConcurrentHashMap<>();
        static final Map<String, LongAdder> ENGINE = new ConcurrentHashMap<>();
        /** Commits and rollbacks: each ends a transaction, which cost its own round trips besides the statements. */
        static final Map<String, LongAdder> TRANSACTIONS = new ConcurrentHashMap<>();
        /** The engine's tables (ACT_RU_, ACT_HI_, …), not a column or table that merely ends in "act_". */
        static final Pattern ENGINE_TABLE = Pattern.compile("\\bACT_(RU|HI|GE|RE|ID)_", Pattern.CASE_INSENSITIVE);

        static volatile long startedIn;
        static volatile long readyIn;

        static final Map<String, Map<String, LongAdder>> TEXT = new ConcurrentHashMap<>();

        static void reset() {
            APP.clear();
            ENGINE.clear();
            TRANSACTIONS.clear();
            TEXT.clear();
        }

        static long app(String action) {
            LongAdder count = APP.get(action);
            return count == null ? 0 : count.sum();
        }

        static long engine(String action) {
            LongAdder count = ENGINE.get(action);
            return count == null ? 0 : count.sum();
        }

        static long transactions(String action) {
            LongAdder count = TRANSACTIONS.get(action);
            return count == null ? 0 : count.sum();
        }

        static void transactionEnded() {
            String action = ACTION.get();
            if (action != null) {
                TRANSACTIONS.computeIfAbsent(action, a -> new LongAdder()).increment();
            }
        }

        static void count(String sql) {
            String action = ACTION.get();
            if (action == null || sql == null) {
                return;
            }
            boolean engine = ENGINE_TABLE.matcher(sql).find();
            (engine ? ENGINE : APP)
                    .computeIfAbsent(action, a -> new LongAdder())
                    .increment();
            if (SQL) {
                String text = sql.strip().replaceAll("\\s+", " ");
                TEXT.computeIfAbsent(action, a -> new ConcurrentHashMap<>())
                        .computeIfAbsent(
                                text.length() > 160 ? text.substring(0, 160) + "…" : text, t -> new LongAdder())
                        .increment();
            }
        }

        @Bean
        ApplicationListener<ApplicationReadyEvent> startUpTime() {
            return event -> {
                readyIn =
                        event.getTimeTaken() == null ? -1 : event.getTimeTaken().toMillis();
                startedIn = ManagementFactory.getRuntimeMXBean().getUptime();
            };
        }

        @Bean
        FilterRegistrationBean<Filter> benchmarkAction() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                ACTION.set(((HttpServletRequest) request).getHeader(HEADER));
                try {
                    chain.doFilter(request, response);
                } finally {
                    ACTION.remove();
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            return registration;
        }

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(dataSource)
                            : bean;
                }
            };
        }
    }

    /** Hands out connections whose statements count each execution. */
    static final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }

        static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    CountingDataSource.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result = invoke(connection, method, args);
                        if (method.getName().equals("commit")
                                || method.getName().equals("rollback")) {
                            Counting.transactionEnded();
                        }
                        if (result instanceof Statement statement) {
                            String sql =
                                    args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                            Class<?> type = result instanceof java.sql.CallableStatement
                                    ? java.sql.CallableStatement.class
                                    : result instanceof java.sql.PreparedStatement
                                            ? java.sql.PreparedStatement.class
                                            : Statement.class;
                            return Proxy.newProxyInstance(
                                    CountingDataSource.class.getClassLoader(),
                                    new Class<?>[] {type},
                                    counted(statement, sql));
                        }
                        return result;
                    });
        }

        static InvocationHandler counted(Statement statement, String prepared) {
            return (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("execute")) {
                    Counting.count(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
                }
                return invoke(statement, method, args);
            };
        }

        static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
