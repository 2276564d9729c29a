package org.deputyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.audit.persistence.ChainHead;
import org.deputyflow.suggestion.reporting.LifecycleDriver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the audit trail costs a suggestion's whole REST lifecycle: the lifecycle of {@link LifecycleDriver}
 * with the trail writing as it does, and with its store made a no-op by a switch of this test's own
 * configuration (the chain head is neither locked nor moved, no row inserted), in the same run, on the same
 * engine and database, in rounds that alternate (and alternate which goes first). It measures whatever
 * {@link AuditTrail} writes: every line any service records. Runs only when asked:
 * <pre>
 * ./mvnw -B test -Dexcluded.test.groups= -Dtest=AuditCostBenchmarkTests
 * </pre>
 * System properties: {@code deputyflow.benchmark.clients} (4), {@code .rounds} (measured rounds of each, 4),
 * {@code .lifecycles} (per client and round, 6). The application has no switch to turn auditing off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AuditCostBenchmarkTests.StoreSwitch.class)
@Tag("benchmark")
class AuditCostBenchmarkTests {

    static final int CLIENTS = Integer.getInteger("deputyflow.benchmark.clients", 4);
    static final int ROUNDS = Integer.getInteger("deputyflow.benchmark.rounds", 4);
    static final int LIFECYCLES = Integer.getInteger("deputyflow.benchmark.lifecycles", 6);

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RuntimeService runtime;

    final StringBuilder out = new StringBuilder();

    @Test
    void the_lifecycle_with_and_without_the_audit_store() throws Exception {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        boolean h2 = database.startsWith("H2");
        LifecycleDriver with = new LifecycleDriver(port, json, runtime, jdbc);
        LifecycleDriver without = new LifecycleDriver(port, json, runtime, jdbc);
        with.issueTokens(CLIENTS);
        without.issueTokens(CLIENTS);
        line("# Audit cost benchmark on " + database);
        line(CLIENTS + " clients, " + ROUNDS + " measured rounds of each kind, " + LIFECYCLES
                + " lifecycles per client and round; load average at the start " + load());

        round(with, false, false);
        round(without, true, false);
        with.timings.clear();
        without.timings.clear();
        double withSeconds = 0;
        double withoutSeconds = 0;
        long rowsBefore = rows();
        long auditedRows = 0;
        for (int r = 0; r < ROUNDS; r++) {
            boolean withFirst = r % 2 == 0;
            for (boolean audited : withFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                long before = rows();
                if (audited) {
                    withSeconds += round(with, false, true);
                    auditedRows += rows() - before;
                } else {
                    withoutSeconds += round(without, true, true);
                    assertThat(rows())
                            .as("the switch keeps the audit store from writing")
                            .isEqualTo(before);
                }
            }
        }
        long lifecycles = (long) ROUNDS * LIFECYCLES * CLIENTS;
        double perWith = withSeconds / lifecycles;
        double perWithout = withoutSeconds / lifecycles;
        line("");
        line("| | lifecycles/s | s per lifecycle (wall, " + CLIENTS + " clients) | audit rows per lifecycle |");
        line("|---|---|---|---|");
        line("| with the audit | " + f(lifecycles / withSeconds, 2) + " | " + f(perWith, 3) + " | "
                + f(auditedRows / (double) lifecycles, 1) + " |");
        line("| audit store a no-op | " + f(lifecycles / withoutSeconds, 2) + " | " + f(perWithout, 3) + " | 0 |");
        line("");
        line("**audit adds " + f((perWith / perWithout - 1) * 100, 1) + " %** to a lifecycle (time with / time without"
                + " = " + f(perWith / perWithout, 3) + "); load average at the end " + load()
                + "; rows written in all: " + (rows() - rowsBefore));
        line("");
        line("| action | p50 ms with | p50 ms without | p95 ms with | p95 ms without |");
        line("|---|---|---|---|---|");
        for (String action : LifecycleDriver.ACTIONS) {
            long[] a = with.timings.get(action).sorted();
            long[] b = without.timings.get(action).sorted();
            line("| " + action + " | " + ms(a, 50) + " | " + ms(b, 50) + " | " + ms(a, 95) + " | " + ms(b, 95) + " |");
        }
        assertThat(with.statuses.keySet()).allMatch(status -> status < 400);
        assertThat(without.statuses.keySet()).allMatch(status -> status < 400);
        write(h2);
    }

    double round(LifecycleDriver driver, boolean storeOff, boolean measured) throws Exception {
        StoreSwitch.off = storeOff;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int c = client;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < LIFECYCLES; i++) {
                        driver.apiLifecycle(c, measured);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } finally {
            pool.shutdown();
            StoreSwitch.off = false;
        }
    }

    long rows() {
        return jdbc.queryForObject("SELECT last_id FROM audit_chain_head WHERE id = 1", Long.class);
    }

    static String load() {
        return f(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 1);
    }

    static String f(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String ms(long[] sorted, int p) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return f(sorted[Math.max(0, index)] / 1e6, 1);
    }

    void line(String text) {
        System.out.println(text);
        out.append(text).append('\n');
    }

    void write(boolean h2) throws IOException {
        Path file =
                Path.of("target", "benchmark", "audit-cost-" + (h2 ? "h2" : "mysql") + "-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println("written to " + file);
    }

    /**
     * The test's switch: while {@code off}, the trail's store does nothing (no head lock, no insert, no head
     * move), and everything else, the lines' preparation included, runs as always.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class StoreSwitch {

        static volatile boolean off;

        static final Set<String> STORE = Set.of("lockHead", "insert", "moveHead");

        @Bean
        static BeanPostProcessor switchableAuditStore() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!(bean instanceof AuditMapper mapper)
                            || Proxy.isProxyClass(bean.getClass())
                                    && Proxy.getInvocationHandler(bean) instanceof Switched) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(
                            AuditMapper.class.getClassLoader(),
                            new Class<?>[] {AuditMapper.class},
                            new Switched(mapper));
                }
            };
        }

        record Switched(AuditMapper mapper) implements java.lang.reflect.InvocationHandler {
            @Override
            public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
                if (off && STORE.contains(method.getName())) {
                    return "lockHead".equals(method.getName()) ? new ChainHead(0, AuditChain.GENESIS) : null;
                }
                try {
                    return method.invoke(mapper, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
    }
}
