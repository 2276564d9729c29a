package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Arrays;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.config.EngineSchemaConfig.V20_1__Create_engine_schema_7_24_0;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In the mysql profile Flyway owns the engine's tables and the engine alters nothing; on H2 the
 * engine creates its own. A fresh database (CI's MariaDB pass starts from one) gets the engine's
 * tables from the migration; a database whose engine created them before keeps them untouched.
 */
@DeputyFlowTest
class EngineSchemaConfigTests {

    @Autowired
    Environment environment;

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    boolean mysql() {
        return Arrays.asList(environment.getActiveProfiles()).contains("mysql");
    }

    MigrationInfo engineMigration() {
        return Arrays.stream(flyway.info().applied())
                .filter(m ->
                        m.getVersion() != null && m.getVersion().getVersion().equals("20.1"))
                .findFirst()
                .orElse(null);
    }

    @Test
    void on_mysql_flyway_creates_the_engine_schema_of_the_pinned_version_and_the_engine_alters_nothing() {
        if (mysql()) {
            assertThat(engine.getDatabaseSchemaUpdate()).isEqualTo("false");
            assertThat(engineMigration()).isNotNull();
            assertThat(engineMigration().getState().isFailed()).isFalse();
            assertThat(engineMigration().getDescription()).isEqualTo("Create engine schema 7 24 0");
            assertThat(jdbc.queryForList("SELECT VERSION_ FROM ACT_GE_SCHEMA_LOG", String.class))
                    .contains("7.24.0");
        } else {
            assertThat(engine.getDatabaseSchemaUpdate()).isEqualTo("true");
            assertThat(engineMigration()).isNull();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void on_a_database_whose_engine_tables_exist_the_migration_changes_nothing() throws Exception {
        if (!mysql()) {
            // the scripts are MySQL's: on H2 the test shows only that the check finds the engine's tables
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM information_schema.tables"
                                    + " WHERE UPPER(table_name) = 'ACT_GE_PROPERTY'",
                            Long.class))
                    .isPositive();
            return;
        }
        String tables = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()";
        long before = jdbc.queryForObject(tables, Long.class);
        long properties = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY", Long.class);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(V20_1__Create_engine_schema_7_24_0.engineTablesExist(connection))
                    .isTrue();
            new V20_1__Create_engine_schema_7_24_0().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return flyway.getConfiguration();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        assertThat(jdbc.queryForObject(tables, Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY", Long.class))
                .isEqualTo(properties);
    }
}
