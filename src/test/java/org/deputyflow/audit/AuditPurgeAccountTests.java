package org.deputyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.session.SqlSessionFactory;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.audit.persistence.ArchiveRow;
import org.deputyflow.audit.persistence.AuditMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The purge account: a database account of its own that deletes the archived rows, so that the
 * application's account needs no DELETE (or UPDATE) on {@code audit_event}. Each test creates its accounts
 * ({@code df_auditpurge_…}) and drops them. Like {@link AuditArchivingTests}, each test first archives
 * everything there is, then writes a line of its own and archives with a clock past its month's retention.
 */
@DeputyFlowTest
@ExtendWith(OutputCaptureExtension.class)
class AuditPurgeAccountTests {

    static final String PASSWORD = "Purge-only-7";

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
    DataSourceProperties datasource;

    @Autowired
    DatabaseIdProvider databaseIds;

    @Autowired
    ObjectMapper json;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<String> accounts = new ArrayList<>();

    @BeforeEach
    void archiveEverythingBefore() {
        archiving(mapper, trail, transactions, properties, Instant.now().plus(Duration.ofDays(20 * 366)))
                .archiveDue();
        assertThat(reading.verify().ok()).isTrue();
    }

    @AfterEach
    void dropAccounts() {
        for (String account : accounts) {
            jdbc.execute(mysql() ? "DROP USER IF EXISTS '" + account + "'@'%'" : "DROP USER IF EXISTS " + account);
        }
    }

    @Test
    void the_purge_account_deletes_the_archived_rows_and_with_a_wrong_password_the_next_run_does() {
        String purger = account("purge", "SELECT, DELETE");
        long id = line();

        List<ArchiveRow> written = archiving(
                        mapper, trail, transactions, purgeAs(purger, "not-the-password"), leavesRetention(id))
                .archiveDue();

        // the archive is written and its row committed; the rows wait for a purge that can delete them
        ArchiveRow archive = written.stream()
                .filter(a -> a.firstId() <= id && id <= a.lastId())
                .findFirst()
                .orElseThrow();
        assertThat(mapper.lastArchive())
                .get()
                .returns(archive.lastId(), ArchiveRow::lastId)
                .returns(archive.fileSha256(), ArchiveRow::fileSha256);
        assertThat(rowsLeft(id)).isEqualTo(1);
        assertThat(reading.verify().ok()).isTrue();

        archiving(mapper, trail, transactions, purgeAs(purger, PASSWORD), leavesRetention(id))
                .archiveDue();

        assertThat(rowsLeft(id)).isZero();
        assertThat(mapper.countUpTo(archive.lastId())).isZero();
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void a_purge_account_without_delete_keeps_the_rows_for_the_next_run() {
        String reader = account("read", "SELECT");
        long id = line();

        List<ArchiveRow> written = archiving(
                        mapper, trail, transactions, purgeAs(reader, PASSWORD), leavesRetention(id))
                .archiveDue();

        assertThat(written).anyMatch(a -> a.firstId() <= id && id <= a.lastId());
        assertThat(rowsLeft(id)).isEqualTo(1);
        assertThat(reading.verify().ok()).isTrue();

        String purger = account("purge", "SELECT, DELETE");
        archiving(mapper, trail, transactions, purgeAs(purger, PASSWORD), leavesRetention(id))
                .archiveDue();
        assertThat(rowsLeft(id)).isZero();
        assertThat(reading.verify().ok()).isTrue();
    }

    @Test
    void without_a_purge_account_the_start_warns_that_the_application_account_needs_delete(CapturedOutput output) {
        int from = output.length();
        new ArchivePurge(mapper, properties, datasource).sayWhoPurges();
        assertThat(output.toString().substring(from))
                .contains("WARN")
                .contains("the application's database account, which then needs DELETE on audit_event");

        from = output.length();
        new ArchivePurge(mapper, purgeAs("df_auditpurge_named", PASSWORD), datasource).sayWhoPurges();
        assertThat(output.toString().substring(from))
                .doesNotContain("WARN", PASSWORD)
                .contains("deleted by the database account df_auditpurge_named");
    }

    /**
     * The setting the README describes: the application's account has SELECT and INSERT on audit_event and
     * nothing more, the purge account SELECT and DELETE. The archive runs as the application's account (its
     * own mapper, trail and transactions on a connection of that account) and its purge as the purge account.
     */
    @Test
    void on_mariadb_the_application_account_archives_with_select_and_insert_only_and_cannot_delete() throws Exception {
        Assumptions.assumeTrue(
                mysql(), "runs on MariaDB/MySQL only (CI's second pass): H2's rights are not" + " MySQL's GRANTs");
        String app = account("app", "SELECT, INSERT");
        String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
        jdbc.execute("GRANT SELECT, UPDATE ON " + database + ".audit_chain_head TO '" + app + "'@'%'");
        jdbc.execute("GRANT SELECT, INSERT ON " + database + ".audit_archive TO '" + app + "'@'%'");
        jdbc.execute("GRANT SELECT, UPDATE ON " + database + ".audit_archive_lock TO '" + app + "'@'%'");
        String purger = account("purge", "SELECT, DELETE");

        DataSource appAccount = new DriverManagerDataSource(datasource.determineUrl(), app, PASSWORD);
        AuditMapper appMapper = mapperOn(appAccount);
        PlatformTransactionManager appTransactions = new DataSourceTransactionManager(appAccount);
        AuditTrail appTrail = new AuditTrail(appMapper, json, Clock.systemUTC());
        new TransactionTemplate(appTransactions)
                .executeWithoutResult(
                        status -> appTrail.record("test.archive", "test", run, AuditTrail.SUCCESS, Map.of("n", 1)));
        long id = lineId();

        // the server refuses the application's account any DELETE or UPDATE of the trail
        JdbcTemplate asApp = new JdbcTemplate(appAccount);
        assertThatThrownBy(() -> asApp.update("DELETE FROM audit_event WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("DELETE command denied");
        assertThatThrownBy(() -> asApp.update("UPDATE audit_event SET outcome = 'FAILURE' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("UPDATE command denied");
        assertThat(rowsLeft(id)).isEqualTo(1);

        // without the purge account the archive is written, but the application's account cannot purge
        List<ArchiveRow> written = archiving(appMapper, appTrail, appTransactions, properties, leavesRetention(id))
                .archiveDue();
        assertThat(written).anyMatch(a -> a.firstId() <= id && id <= a.lastId());
        assertThat(rowsLeft(id)).isEqualTo(1);
        assertThat(reading.verify().ok()).isTrue();

        // the purge account deletes them in the next run, which also archives as the application's account
        trail.record("test.archive", "test", run + "-2", AuditTrail.SUCCESS, Map.of("n", 2));
        long second = jdbc.queryForObject(
                "SELECT id FROM audit_event WHERE record_type = 'test' AND record_id = ?", Long.class, run + "-2");
        written = archiving(appMapper, appTrail, appTransactions, purgeAs(purger, PASSWORD), leavesRetention(second))
                .archiveDue();
        assertThat(written).anyMatch(a -> a.firstId() <= second && second <= a.lastId());
        assertThat(rowsLeft(id)).isZero();
        assertThat(rowsLeft(second)).isZero();
        assertThat(reading.verify().ok()).isTrue();
    }

    /** A new database account with these rights on audit_event only; dropped after the test. */
    private String account(String purpose, String rights) {
        String name = "df_auditpurge_" + purpose + "_" + run;
        accounts.add(name);
        if (mysql()) {
            String database = jdbc.queryForObject("SELECT DATABASE()", String.class);
            jdbc.execute("CREATE USER '" + name + "'@'%' IDENTIFIED BY '" + PASSWORD + "'");
            jdbc.execute("GRANT " + rights + " ON " + database + ".audit_event TO '" + name + "'@'%'");
        } else {
            jdbc.execute("CREATE USER " + name + " PASSWORD '" + PASSWORD + "'");
            jdbc.execute("GRANT " + rights + " ON audit_event TO " + name);
        }
        return name;
    }

    /**
     * The test settings with a purge account. On MariaDB it connects to the application's URL (purge-url not
     * set); on H2 to the same database without the URL's DB_CLOSE_DELAY, a setting only an admin may make.
     */
    private AuditProperties purgeAs(String username, String password) {
        String url = mysql() ? "" : datasource.determineUrl().replace(";DB_CLOSE_DELAY=-1", "");
        return new AuditProperties(
                properties.retention(),
                properties.archiveFolder(),
                properties.archiveKey(),
                properties.archivePreviousKeys(),
                properties.archiveLease(),
                username,
                password,
                url);
    }

    private AuditArchiving archiving(
            AuditMapper events,
            AuditTrail lines,
            PlatformTransactionManager manager,
            AuditProperties settings,
            Instant now) {
        return new AuditArchiving(
                events,
                lines,
                settings,
                Clock.fixed(now, ZoneOffset.UTC),
                manager,
                new ArchivePurge(events, settings, datasource),
                new ArchiveChecks(events, lines, settings));
    }

    /** The trail's mapper on a connection of another account, configured as the application's. */
    private AuditMapper mapperOn(DataSource account) throws Exception {
        SqlSessionFactoryBean factory = new SqlSessionFactoryBean();
        factory.setDataSource(account);
        factory.setDatabaseIdProvider(databaseIds);
        factory.setTypeHandlersPackage("org.deputyflow.shared.persistence");
        factory.setMapperLocations(new ClassPathResource("org/deputyflow/audit/persistence/AuditMapper.xml"));
        org.apache.ibatis.session.Configuration configuration = new org.apache.ibatis.session.Configuration();
        configuration.setMapUnderscoreToCamelCase(true);
        factory.setConfiguration(configuration);
        SqlSessionFactory sessions = factory.getObject();
        return new SqlSessionTemplate(sessions).getMapper(AuditMapper.class);
    }

    private long line() {
        trail.record("test.archive", "test", run, AuditTrail.SUCCESS, Map.of("n", 1));
        return lineId();
    }

    private long lineId() {
        return jdbc.queryForObject(
                "SELECT id FROM audit_event WHERE record_type = 'test' AND record_id = ?", Long.class, run);
    }

    /** The first instant at which the line's month lies wholly before the retention. */
    private Instant leavesRetention(long id) {
        YearMonth month =
                YearMonth.from(mapper.after(id - 1, 1).get(0).occurredAt().atZone(ZoneOffset.UTC));
        return month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(ZoneOffset.UTC)
                .plus(properties.retention())
                .toInstant();
    }

    private int rowsLeft(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id = ?", Integer.class, id);
    }

    private static boolean mysql() {
        return System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("mysql");
    }
}
