package org.deputyflow.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's first page with ten million rows in the trail: {@code GET /api/audit/events} unfiltered and
 * with each filter (actor, action, record, a day's time range), p50/p95 over 50 calls after 5 warm-up calls,
 * beside the exact {@code COUNT(*)} the pager used to run for the same filters. Runs only when asked, on
 * MariaDB, into a database of its own that it seeds once (a re-run finds the rows and reuses them):
 * <pre>
 * mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE deputyflow_auditbench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
 * SPRING_PROFILES_ACTIVE=mysql DEPUTYFLOW_DEMO=true DEPUTYFLOW_DB_USER=root DEPUTYFLOW_DB_URL='jdbc:mysql://…/deputyflow_auditbench?…' \
 * ./mvnw -B test -Dexcluded.test.groups= -Dtest=AuditPageBenchmarkTests
 * </pre>
 * The seeded rows come from MariaDB's sequence tables ({@code seq_1_to_N}) a million at a time, with ids after
 * the chain's head, which moves past them; their hashes are not a valid chain (verify on this database reports
 * the break). Time spreads over the three years before now, 2,000 actors, 20 actions, 5 record types.
 * {@code -Ddeputyflow.benchmark.audit-rows} changes the number (H2 takes 100,000 unless told).
 */
@DeputyFlowTest
@Tag("benchmark")
class AuditPageBenchmarkTests {

    static final int CALLS = 50;
    static final int WARM_UP = 5;
    static final int CHUNK = 1_000_000;
    static final String ACTIONS = "'sign-in','sign-in.failed','sign-out','session.expired','engine.call',"
            + "'suggestion.submit','suggestion.screen','suggestion.assign','suggestion.claim','suggestion.reply',"
            + "'suggestion.sign-off','suggestion.evaluate','motion.create','motion.sign','vote.open','vote.close',"
            + "'user.update','calendar.add','audit.read','token.issue'";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DirectoryService directory;

    final StringBuilder out = new StringBuilder();

    @Test
    void the_first_page_of_the_trail_with_ten_million_rows() throws Exception {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
        boolean h2 = database.startsWith("H2");
        long wanted = Long.getLong("deputyflow.benchmark.audit-rows", h2 ? 100_000 : 10_000_000);
        line("# Audit page benchmark on " + database);
        long started = System.nanoTime();
        long seeded = seed(wanted, h2);
        line("rows seeded for the benchmark: " + seeded + " (" + (System.nanoTime() - started) / 1_000_000_000
                + " s this run); load average " + load());

        Instant newest = jdbc.queryForObject(
                        "SELECT MAX(occurred_at) FROM audit_event WHERE actor_login LIKE 'bench%'",
                        java.sql.Timestamp.class)
                .toInstant();
        LocalDate day = LocalDate.ofInstant(newest.minus(400, ChronoUnit.DAYS), java.time.ZoneOffset.UTC);
        String recordId = jdbc.queryForObject(
                "SELECT record_id FROM audit_event WHERE actor_login LIKE 'bench%'"
                        + " AND record_type = 'suggestion' ORDER BY id DESC LIMIT 1",
                String.class);
        Map<String, Map<String, String>> filters = new LinkedHashMap<>();
        filters.put("unfiltered", Map.of());
        filters.put("actor", Map.of("actor", "bench0042"));
        filters.put("action", Map.of("action", "sign-in.failed"));
        filters.put("record", Map.of("recordType", "suggestion", "recordId", recordId));
        filters.put("time range (one day)", Map.of("from", day.toString(), "to", day.toString()));

        UserDetails auditor = directory.account("auditor").orElseThrow();
        line("");
        line("`GET /api/audit/events?size=50` as the auditor (MockMvc, the whole server side: security, the audit.read"
                + " line it writes, JSON), " + CALLS + " calls after " + WARM_UP + " warm-up calls; load average "
                + load());
        line("");
        line("| filter | total (capped) | p50 ms | p95 ms | max ms |");
        line("|---|---|---|---|---|");
        for (Map.Entry<String, Map<String, String>> filter : filters.entrySet()) {
            String total = "";
            long[] nanos = new long[CALLS];
            for (int i = 0; i < WARM_UP + CALLS; i++) {
                MockHttpServletRequestBuilder request = get("/api/audit/events")
                        .param("size", "50")
                        .with(user(auditor))
                        .accept(MediaType.APPLICATION_JSON);
                filter.getValue().forEach(request::param);
                long t = System.nanoTime();
                String body = mvc.perform(request).andReturn().getResponse().getContentAsString();
                long took = System.nanoTime() - t;
                if (!body.contains("\"items\"")) {
                    throw new AssertionError(filter.getKey() + ": " + body);
                }
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = took;
                }
                total = body.replaceAll("(?s).*\"total\":(\\d+).*\"totalCapped\":(true|false).*", "$1 $2");
            }
            Arrays.sort(nanos);
            line("| " + filter.getKey() + " | " + total + " | " + ms(nanos, 50) + " | " + ms(nanos, 95) + " | "
                    + ms(nanos, 100) + " |");
        }

        line("");
        line("Baseline, same run: the exact `SELECT COUNT(*)` the pager ran before the cap, 3 calls each after one"
                + " warm-up; load average " + load());
        line("");
        line("| filter | rows | p50 ms | max ms |");
        line("|---|---|---|---|");
        Map<String, Object[]> counts = new LinkedHashMap<>();
        counts.put("unfiltered", new Object[] {"SELECT COUNT(*) FROM audit_event"});
        counts.put("actor", new Object[] {"SELECT COUNT(*) FROM audit_event WHERE actor_login = ?", "bench0042"});
        counts.put("action", new Object[] {"SELECT COUNT(*) FROM audit_event WHERE action = ?", "sign-in.failed"});
        counts.put("record", new Object[] {
            "SELECT COUNT(*) FROM audit_event WHERE record_type = ? AND record_id = ?", "suggestion", recordId
        });
        counts.put("time range (one day)", new Object[] {
            "SELECT COUNT(*) FROM audit_event WHERE occurred_at >= ?" + " AND occurred_at < ?",
            java.sql.Timestamp.valueOf(day.atStartOfDay()),
            java.sql.Timestamp.valueOf(day.plusDays(1).atStartOfDay())
        });
        for (Map.Entry<String, Object[]> count : counts.entrySet()) {
            String sql = (String) count.getValue()[0];
            Object[] args = Arrays.copyOfRange(count.getValue(), 1, count.getValue().length);
            long[] nanos = new long[3];
            long rows = 0;
            for (int i = 0; i < 4; i++) {
                long t = System.nanoTime();
                rows = jdbc.queryForObject(sql, Long.class, args);
                if (i > 0) {
                    nanos[i - 1] = System.nanoTime() - t;
                }
            }
            Arrays.sort(nanos);
            line("| " + count.getKey() + " | " + rows + " | " + ms(nanos, 50) + " | " + ms(nanos, 100) + " |");
        }
        write(h2);
    }

    /** Seeds until the benchmark's rows number {@code wanted}; how many there are. */
    long seed(long wanted, boolean h2) {
        long have = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor_login LIKE 'bench%'", Long.class);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long span = 3L * 365 * 24 * 3600;
        while (have < wanted) {
            long chunk = Math.min(CHUNK, wanted - have);
            long from = have;
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                long base =
                        jdbc.queryForObject("SELECT last_id FROM audit_chain_head WHERE id = 1 FOR UPDATE", Long.class);
                // row n of wanted is n * span / wanted seconds after the start: time grows with the id
                String source = h2
                        ? "SYSTEM_RANGE(" + (from + 1) + ", " + (from + chunk) + ") s"
                        : "seq_" + (from + 1) + "_to_" + (from + chunk) + " s";
                String n = h2 ? "s.X" : "s.seq";
                String at = h2
                        ? "DATEADD(SECOND, " + n + " * " + span + " / " + wanted + ", ?)"
                        : "? + INTERVAL (" + n + " * " + span + " DIV " + wanted + ") SECOND";
                String mod = h2 ? "MOD(" + n + ", %d)" : "(" + n + " MOD %d)";
                String text = h2 ? " AS VARCHAR)" : " AS CHAR)";
                jdbc.update(
                        "INSERT INTO audit_event (id, occurred_at, actor_login, actor_roles, client_address, user_agent,"
                                + " action, record_type, record_id, outcome, details, prev_hash, row_hash)"
                                + " SELECT " + base + " - " + from + " + " + n + ", " + at + ","
                                + " CONCAT('bench', LPAD(CAST(" + mod.formatted(2000) + text + ", 4, '0')), 'STAFF',"
                                + " CONCAT('10.9.', CAST(" + mod.formatted(250) + text
                                + ", '.1'), 'Mozilla/5.0 (benchmark)',"
                                + " CASE " + mod.formatted(20) + actionCases() + " END,"
                                + " CASE " + mod.formatted(5)
                                + " WHEN 0 THEN 'user' WHEN 1 THEN 'suggestion' WHEN 2 THEN 'motion'"
                                + " WHEN 3 THEN 'vote' ELSE 'engine' END,"
                                + " CAST(" + (h2 ? n + " / 7" : n + " DIV 7") + text + ","
                                + " CASE " + mod.formatted(50) + " WHEN 0 THEN 'FAILURE' ELSE 'SUCCESS' END,"
                                + " '{\"benchmark\":true}', REPEAT('0', 64), REPEAT('0', 64) FROM " + source,
                        java.sql.Timestamp.from(now.minusSeconds(span)));
                jdbc.update("UPDATE audit_chain_head SET last_id = ? WHERE id = 1", base + chunk);
            });
            have += chunk;
            System.out.println("seeded " + have + " audit rows, load average " + load());
        }
        if (!h2) {
            jdbc.execute("ANALYZE TABLE audit_event");
        }
        return have;
    }

    static String actionCases() {
        String[] actions = ACTIONS.split(",");
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < actions.length; i++) {
            cases.append(" WHEN ").append(i).append(" THEN ").append(actions[i]);
        }
        return cases.toString();
    }

    static String load() {
        return String.format(
                Locale.ROOT,
                "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    static String ms(long[] sorted, int p) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1e6);
    }

    void line(String text) {
        System.out.println(text);
        out.append(text).append('\n');
    }

    void write(boolean h2) throws IOException {
        Path file =
                Path.of("target", "benchmark", "audit-page-" + (h2 ? "h2" : "mysql") + "-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println("written to " + file);
    }
}
