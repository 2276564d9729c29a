package org.deputyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.domain.ArchiveCheck;
import org.deputyflow.audit.domain.AuditChain;
import org.deputyflow.audit.persistence.ArchiveRow;
import org.deputyflow.audit.persistence.AuditMapper;
import org.deputyflow.directory.DirectoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly archive and purge. The suite shares one trail, so each test first archives everything
 * there is (an archive run whose clock is 20 years ahead), then writes a line of its own and archives
 * with a clock just before or just after its month leaves the retention. The trail's own clock stays
 * the real one: the archive's lines are of today.
 */
@DeputyFlowTest
class AuditArchivingTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditReading reading;

    @Autowired
    AuditMapper mapper;

    @Autowired
    AuditProperties properties;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DirectoryService directory;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void archiveEverythingBefore() {
        archiving(mapper, properties, Instant.now().plus(Duration.ofDays(20 * 366))).archiveDue();
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void archive_and_purge_move_a_month_out_of_the_table_and_the_chain_still_verifies() throws Exception {
        long id = line();

        List<ArchiveRow> written = archiving(mapper, properties, leavesRetention(id)).archiveDue();

        assertThat(rowsLeft(id)).isZero();
        ArchiveRow archive = written.stream().filter(a -> a.firstId() <= id && id <= a.lastId()).findFirst().orElseThrow();
        assertThat(archive.month()).isEqualTo(month(id).toString());
        assertThat(archive.rowCount()).isEqualTo(archive.lastId() - archive.firstId() + 1);
        Path file = properties.archiveFolder().resolve(archive.fileName());
        assertThat(lines(file)).anyMatch(l -> l.contains("\"record_id\":\"" + run + "\"") && l.contains("\"row_hash\":\""));
        assertThat(Files.readString(file.resolveSibling(archive.fileName() + ".sig")).strip()).isEqualTo(archive.fileHmac());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_archive WHERE last_id = ? AND file_sha256 = ?",
                Integer.class, archive.lastId(), AuditChain.sha256(Files.readAllBytes(file)))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT details FROM audit_event WHERE action = 'audit.archive'"
                + " AND details LIKE ?", String.class, "%\"lastId\":" + archive.lastId() + "%"))
            .contains("\"month\":\"" + archive.month() + "\"", "\"rows\":" + archive.rowCount());
        assertThat(reading.verify().ok()).isTrue();
        assertThat(check(archive).ok()).isTrue();

        mvc.perform(get("/api/audit/archives").with(user(directory.account("auditor").orElseThrow()))
                .accept(MediaType.APPLICATION_JSON))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].ok").value(true));
        mvc.perform(get("/api/audit/verify").with(user(directory.account("auditor").orElseThrow()))
                .accept(MediaType.APPLICATION_JSON))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void a_month_not_yet_past_the_retention_stays() {
        long id = line();

        List<ArchiveRow> written = archiving(mapper, properties, leavesRetention(id).minusSeconds(1)).archiveDue();

        assertThat(written).allMatch(a -> a.lastId() < id);
        assertThat(rowsLeft(id)).isEqualTo(1);
        assertThat(reading.verify().ok()).isTrue();

        archiving(mapper, properties, leavesRetention(id)).archiveDue();
        assertThat(rowsLeft(id)).isZero();
    }

    @Test
    void without_an_archive_key_nothing_is_archived_and_nothing_removed() {
        long id = line();
        int archives = archives();

        List<ArchiveRow> written = archiving(mapper, new AuditProperties(properties.retention(),
                properties.archiveFolder(), "", properties.archiveLease()), leavesRetention(id)).archiveDue();

        assertThat(written).isEmpty();
        assertThat(archives()).isEqualTo(archives);
        assertThat(rowsLeft(id)).isEqualTo(1);
    }

    @Test
    void a_crash_after_the_file_and_before_its_row_loses_nothing_and_the_next_run_completes() {
        long id = line();
        int archives = archives();

        assertThatThrownBy(() -> archiving(crashingAt("insertArchive"), properties, leavesRetention(id)).archiveDue())
            .hasMessageContaining("simulated crash");

        assertThat(archives()).isEqualTo(archives);
        assertThat(rowsLeft(id)).isEqualTo(1);
        assertThat(reading.verify().ok()).isTrue();

        List<ArchiveRow> written = archiving(mapper, properties, leavesRetention(id)).archiveDue();
        assertThat(written).anyMatch(a -> a.firstId() <= id && id <= a.lastId());
        assertThat(rowsLeft(id)).isZero();
        assertThat(reading.verify().ok()).isTrue();
        assertThat(written).allSatisfy(a -> assertThat(check(a).ok()).isTrue());
    }

    @Test
    void a_crash_after_the_row_and_before_the_delete_loses_nothing_and_the_next_run_deletes() {
        long id = line();

        assertThatThrownBy(() -> archiving(crashingAt("deleteArchived"), properties, leavesRetention(id)).archiveDue())
            .hasMessageContaining("simulated crash");

        ArchiveRow archive = mapper.lastArchive().orElseThrow();
        assertThat(archive.lastId()).isGreaterThanOrEqualTo(id);
        assertThat(rowsLeft(id)).isEqualTo(1);
        assertThat(reading.verify().ok()).isTrue();
        assertThat(check(archive).ok()).isTrue();

        archiving(mapper, properties, leavesRetention(id)).archiveDue();
        assertThat(rowsLeft(id)).isZero();
        assertThat(mapper.countUpTo(archive.lastId())).isZero();
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void a_tampered_archive_file_is_found_and_so_is_a_forged_digest_without_the_key() throws Exception {
        long id = line();
        ArchiveRow archive = archiving(mapper, properties, leavesRetention(id)).archiveDue().stream()
            .filter(a -> a.firstId() <= id && id <= a.lastId()).findFirst().orElseThrow();
        Path file = properties.archiveFolder().resolve(archive.fileName());
        byte[] original = Files.readAllBytes(file);
        try {
            String edited = lines(file).stream()
                .map(l -> l.contains("\"record_id\":\"" + run + "\"") ? l.replace("\"n\\\":1", "\"n\\\":2") : l)
                .collect(Collectors.joining("\n", "", "\n"));
            assertThat(edited).contains("\"n\\\":2");
            byte[] forged = gzip(edited);
            Files.write(file, forged);

            assertThat(check(archive).ok()).isFalse();
            assertThat(check(archive).problem()).contains("SHA-256");

            // whoever also rewrites the archive row's digest still lacks the key of the signature
            jdbc.update("UPDATE audit_archive SET file_sha256 = ? WHERE last_id = ?", AuditChain.sha256(forged),
                    archive.lastId());
            assertThat(check(archive).problem()).contains("signature");
        } finally {
            Files.write(file, original);
            jdbc.update("UPDATE audit_archive SET file_sha256 = ? WHERE last_id = ?", archive.fileSha256(),
                    archive.lastId());
        }
        assertThat(check(archive).ok()).isTrue();
    }

    @Test
    void a_run_on_another_node_holding_the_lease_leaves_the_rows_to_it() {
        long id = line();
        Instant now = leavesRetention(id);
        assertThat(mapper.claimArchiveLease("other-node", now, now.plusSeconds(3600))).isEqualTo(1);
        try {
            assertThat(archiving(mapper, properties, leavesRetention(id)).archiveDue()).isEmpty();
            assertThat(rowsLeft(id)).isEqualTo(1);
        } finally {
            mapper.releaseArchiveLease("other-node");
        }
        archiving(mapper, properties, leavesRetention(id)).archiveDue();
        assertThat(rowsLeft(id)).isZero();
    }

    private ArchiveCheck check(ArchiveRow archive) {
        return archiving(mapper, properties, Instant.now()).checkArchives().stream()
            .filter(c -> c.lastId() == archive.lastId()).findFirst().orElseThrow();
    }

    private AuditArchiving archiving(AuditMapper events, AuditProperties settings, Instant now) {
        return new AuditArchiving(events, trail, settings, Clock.fixed(now, ZoneOffset.UTC), transactions);
    }

    /** The real mapper, but the named call fails as a crash at that point would. */
    private AuditMapper crashingAt(String method) {
        return (AuditMapper) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AuditMapper.class},
                (proxy, called, args) -> {
                    if (called.getName().equals(method)) {
                        throw new IllegalStateException("simulated crash before " + method);
                    }
                    try {
                        return called.invoke(mapper, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Writes this test's line; its id. */
    private long line() {
        trail.record("test.archive", "test", run, AuditTrail.SUCCESS, Map.of("n", 1));
        return jdbc.queryForObject("SELECT id FROM audit_event WHERE record_type = 'test' AND record_id = ?", Long.class,
                run);
    }

    private YearMonth month(long id) {
        return YearMonth.from(mapper.after(id - 1, 1).get(0).occurredAt().atZone(ZoneOffset.UTC));
    }

    /** The first instant at which the line's month lies wholly before the retention. */
    private Instant leavesRetention(long id) {
        return month(id).plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).plus(properties.retention()).toInstant();
    }

    private int rowsLeft(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id = ?", Integer.class, id);
    }

    private int archives() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_archive", Integer.class);
    }

    private static List<String> lines(Path file) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return in.lines().toList();
        }
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
