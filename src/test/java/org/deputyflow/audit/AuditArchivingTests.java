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
import java.time.Duration;
import java.time.Instant;
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
import org.deputyflow.shared.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
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

    @Autowired
    DataSourceProperties datasource;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void archiveEverythingBefore() {
        archiving(mapper, properties, Instant.now().plus(Duration.ofDays(20 * 366)))
                .archiveDue();
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void archive_and_purge_move_a_month_out_of_the_table_and_the_chain_still_verifies() throws Exception {
        long id = line();

        List<ArchiveRow> written =
                archiving(mapper, properties, leavesRetention(id)).archiveDue();

        assertThat(rowsLeft(id)).isZero();
        ArchiveRow archive = written.stream()
                .filter(a -> a.firstId() <= id && id <= a.lastId())
                .findFirst()
                .orElseThrow();
        assertThat(archive.month()).isEqualTo(month(id).toString());
        assertThat(archive.rowCount()).isEqualTo(archive.lastId() - archive.firstId() + 1);
        Path file = properties.archiveFolder().resolve(archive.fileName());
        assertThat(lines(file))
                .anyMatch(l -> l.contains("\"record_id\":\"" + run + "\"") && l.contains("\"row_hash\":\""));
        assertThat(Files.readString(file.resolveSibling(archive.fileName() + ".sig"))
                        .strip())
                .isEqualTo(archive.fileHmac());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_archive WHERE last_id = ? AND file_sha256 = ?",
                        Integer.class,
                        archive.lastId(),
                        AuditChain.sha256(Files.readAllBytes(file))))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM audit_event WHERE action = 'audit.archive'" + " AND details LIKE ?",
                        String.class,
                        "%\"lastId\":" + archive.lastId() + "%"))
                .contains("\"month\":\"" + archive.month() + "\"", "\"rows\":" + archive.rowCount());
        assertThat(reading.verify().ok()).isTrue();
        assertThat(check(archive).ok()).isTrue();

        mvc.perform(get("/api/audit/archives")
                        .with(user(directory.account("auditor").orElseThrow()))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].ok")
                        .value(true))
                .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].keyId")
                        .value(ArchiveFiles.keyId(properties.archiveKey())));
        assertThat(archive.keyId())
                .hasSize(16)
                .isEqualTo(AuditChain.sha256(properties.archiveKey().getBytes(StandardCharsets.UTF_8))
                        .substring(0, 16));
        assertThat(jdbc.queryForObject(
                        "SELECT key_id FROM audit_archive WHERE last_id = ?", String.class, archive.lastId()))
                .isEqualTo(archive.keyId());
        mvc.perform(get("/api/audit/verify")
                        .with(user(directory.account("auditor").orElseThrow()))
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void a_month_not_yet_past_the_retention_stays() {
        long id = line();

        List<ArchiveRow> written = archiving(
                        mapper, properties, leavesRetention(id).minusSeconds(1))
                .archiveDue();

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

        List<ArchiveRow> written =
                archiving(mapper, keys("", List.of()), leavesRetention(id)).archiveDue();

        assertThat(written).isEmpty();
        assertThat(archives()).isEqualTo(archives);
        assertThat(rowsLeft(id)).isEqualTo(1);
    }

    @Test
    void a_crash_after_the_file_and_before_its_row_loses_nothing_and_the_next_run_completes() {
        long id = line();
        int archives = archives();

        assertThatThrownBy(() -> archiving(crashingAt("insertArchive"), properties, leavesRetention(id))
                        .archiveDue())
                .hasMessageContaining("simulated crash");

        assertThat(archives()).isEqualTo(archives);
        assertThat(rowsLeft(id)).isEqualTo(1);
        assertThat(reading.verify().ok()).isTrue();

        List<ArchiveRow> written =
                archiving(mapper, properties, leavesRetention(id)).archiveDue();
        assertThat(written).anyMatch(a -> a.firstId() <= id && id <= a.lastId());
        assertThat(rowsLeft(id)).isZero();
        assertThat(reading.verify().ok()).isTrue();
        assertThat(written).allSatisfy(a -> assertThat(check(a).ok()).isTrue());
    }

    @Test
    void a_crash_after_the_row_and_before_the_delete_loses_nothing_and_the_next_run_deletes() {
        long id = line();

        assertThatThrownBy(() -> archiving(crashingAt("deleteArchived"), properties, leavesRetention(id))
                        .archiveDue())
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
                .filter(a -> a.firstId() <= id && id <= a.lastId())
                .findFirst()
                .orElseThrow();
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
            assertThat(check(archive).problem()).isEqualTo(Text.of("text.audit.archive.sha256"));

            // whoever also rewrites the archive row's digest still lacks the key of the signature
            jdbc.update(
                    "UPDATE audit_archive SET file_sha256 = ? WHERE last_id = ?",
                    AuditChain.sha256(forged),
                    archive.lastId());
            assertThat(check(archive).problem().code()).isEqualTo("text.audit.archive.signature");
        } finally {
            Files.write(file, original);
            jdbc.update(
                    "UPDATE audit_archive SET file_sha256 = ? WHERE last_id = ?",
                    archive.fileSha256(),
                    archive.lastId());
        }
        assertThat(check(archive).ok()).isTrue();
    }

    @Test
    void a_run_on_another_node_holding_the_lease_leaves_the_rows_to_it() {
        long id = line();
        Instant now = leavesRetention(id);
        assertThat(mapper.claimArchiveLease("other-node", now, now.plusSeconds(3600)))
                .isEqualTo(1);
        try {
            assertThat(archiving(mapper, properties, leavesRetention(id)).archiveDue())
                    .isEmpty();
            assertThat(rowsLeft(id)).isEqualTo(1);
        } finally {
            mapper.releaseArchiveLease("other-node");
        }
        archiving(mapper, properties, leavesRetention(id)).archiveDue();
        assertThat(rowsLeft(id)).isZero();
    }

    @Test
    void after_a_key_rotation_the_previous_key_checks_the_old_archives_and_the_new_key_signs() throws Exception {
        // the test settings name a previous key beside the current one, as after a rotation
        String previous = properties.archivePreviousKeys().get(0);
        String current = properties.archiveKey();
        long oldId = line();
        ArchiveRow old = archiving(mapper, keys(previous, List.of()), leavesRetention(oldId)).archiveDue().stream()
                .filter(a -> a.firstId() <= oldId && oldId <= a.lastId())
                .findFirst()
                .orElseThrow();
        long newId = line("rotated");
        ArchiveRow rotated =
                archiving(mapper, keys(current, List.of(previous)), leavesRetention(newId)).archiveDue().stream()
                        .filter(a -> a.firstId() <= newId && newId <= a.lastId())
                        .findFirst()
                        .orElseThrow();

        assertThat(old.keyId()).isEqualTo(ArchiveFiles.keyId(previous));
        assertThat(rotated.keyId()).isEqualTo(ArchiveFiles.keyId(current)).isNotEqualTo(old.keyId());
        assertThat(check(old, keys(current, List.of(previous))))
                .returns(true, ArchiveCheck::ok)
                .returns(old.keyId(), ArchiveCheck::keyId);
        assertThat(check(rotated, keys(current, List.of(previous))))
                .returns(true, ArchiveCheck::ok)
                .returns(rotated.keyId(), ArchiveCheck::keyId);
        assertThat(reading.verify().ok()).isTrue();

        // the previous key dropped: what it signed cannot be checked any more, what the current one signed can
        ArchiveCheck unchecked = check(old, keys(current, List.of()));
        assertThat(unchecked.ok()).isFalse();
        assertThat(unchecked.problem()).isEqualTo(Text.of("text.audit.archive.unknownKey", old.keyId()));
        assertThat(check(rotated, keys(current, List.of())).ok()).isTrue();
        // and a key that never signed it does not pass for the one that did
        assertThat(check(old, keys(current, List.of("another-key"))).problem().arguments())
                .contains(old.keyId());
    }

    @Test
    void an_archive_whose_row_names_no_key_is_checked_against_every_configured_key() throws Exception {
        String previous = properties.archivePreviousKeys().get(0);
        long id = line();
        ArchiveRow archive = archiving(mapper, keys(previous, List.of()), leavesRetention(id)).archiveDue().stream()
                .filter(a -> a.firstId() <= id && id <= a.lastId())
                .findFirst()
                .orElseThrow();
        // as the archives written before V25
        jdbc.update("UPDATE audit_archive SET key_id = NULL WHERE last_id = ?", archive.lastId());
        try {
            assertThat(check(archive, keys(properties.archiveKey(), List.of(previous))))
                    .returns(true, ArchiveCheck::ok)
                    .returns(ArchiveFiles.keyId(previous), ArchiveCheck::keyId);
            ArchiveCheck without = check(archive, keys(properties.archiveKey(), List.of()));
            assertThat(without.ok()).isFalse();
            assertThat(without.problem()).isEqualTo(Text.of("text.audit.archive.signatureNoKey"));
            assertThat(without.keyId()).isNull();
        } finally {
            jdbc.update("UPDATE audit_archive SET key_id = ? WHERE last_id = ?", archive.keyId(), archive.lastId());
        }
    }

    @Test
    void the_archives_api_reports_the_key_id_and_a_key_that_is_not_configured() throws Exception {
        long id = line();
        ArchiveRow archive = archiving(mapper, properties, leavesRetention(id)).archiveDue().stream()
                .filter(a -> a.firstId() <= id && id <= a.lastId())
                .findFirst()
                .orElseThrow();
        String unknown = ArchiveFiles.keyId("a key this node does not have");
        jdbc.update("UPDATE audit_archive SET key_id = ? WHERE last_id = ?", unknown, archive.lastId());
        try {
            mvc.perform(get("/api/audit/archives")
                            .with(user(directory.account("auditor").orElseThrow()))
                            .accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].ok")
                            .value(false))
                    .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].keyId")
                            .value(unknown))
                    .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].problemCode")
                            .value("text.audit.archive.unknownKey"))
                    .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].problem")
                            .value("签名所用的密钥未配置（密钥编号 " + unknown + "）"));
            mvc.perform(get("/api/audit/archives")
                            .with(user(directory.account("auditor").orElseThrow()))
                            .header("Accept-Language", "en")
                            .accept(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$[?(@.lastId == " + archive.lastId() + ")].problem")
                            .value("signed with a key that is not configured (key id " + unknown + ")"));
        } finally {
            jdbc.update("UPDATE audit_archive SET key_id = ? WHERE last_id = ?", archive.keyId(), archive.lastId());
        }
        assertThat(check(archive).ok()).isTrue();
    }

    private ArchiveCheck check(ArchiveRow archive) {
        return check(archive, properties);
    }

    private ArchiveCheck check(ArchiveRow archive, AuditProperties settings) {
        return new ArchiveChecks(mapper, trail, settings)
                .checkArchives().stream()
                        .filter(c -> c.lastId() == archive.lastId())
                        .findFirst()
                        .orElseThrow();
    }

    /** The test's settings with other archive keys. */
    private AuditProperties keys(String key, List<String> previous) {
        return new AuditProperties(
                properties.retention(),
                properties.archiveFolder(),
                key,
                previous,
                properties.archiveLease(),
                "",
                "",
                "");
    }

    private AuditArchiving archiving(AuditMapper events, AuditProperties settings, Instant now) {
        return new AuditArchiving(
                events,
                trail,
                settings,
                Clock.fixed(now, ZoneOffset.UTC),
                transactions,
                new ArchivePurge(events, settings, datasource),
                new ArchiveChecks(events, trail, settings));
    }

    /** The real mapper, but the named call fails as a crash at that point would. */
    private AuditMapper crashingAt(String method) {
        return (AuditMapper) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {AuditMapper.class}, (proxy, called, args) -> {
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
        return line("");
    }

    private long line(String suffix) {
        trail.record("test.archive", "test", run + suffix, AuditTrail.SUCCESS, Map.of("n", 1));
        return jdbc.queryForObject(
                "SELECT id FROM audit_event WHERE record_type = 'test' AND record_id = ?", Long.class, run + suffix);
    }

    private YearMonth month(long id) {
        return YearMonth.from(mapper.after(id - 1, 1).get(0).occurredAt().atZone(ZoneOffset.UTC));
    }

    /** The first instant at which the line's month lies wholly before the retention. */
    private Instant leavesRetention(long id) {
        return month(id)
                .plusMonths(1)
                .atDay(1)
                .atStartOfDay(ZoneOffset.UTC)
                .plus(properties.retention())
                .toInstant();
    }

    private int rowsLeft(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id = ?", Integer.class, id);
    }

    private int archives() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_archive", Integer.class);
    }

    private static List<String> lines(Path file) throws Exception {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
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
