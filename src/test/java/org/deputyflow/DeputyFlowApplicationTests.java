package org.deputyflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

@DeputyFlowTest
class DeputyFlowApplicationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Environment environment;

    @Autowired
    Flyway flyway;

    @Test
    void runs_on_the_database_its_profile_names() throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("mysql")) {
            assertThat(product).isIn("MySQL", "MariaDB");
        } else {
            assertThat(product).isEqualTo("H2");
        }
    }

    @Test
    void flyway_applied_the_application_migrations() {
        MigrationInfoService info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied())
                .isNotEmpty()
                .allSatisfy(
                        migration -> assertThat(migration.getState().isFailed()).isFalse());
        assertThat(info.applied()[0].getVersion().getVersion()).isEqualTo("1");
    }

    @Test
    void the_engine_runs_on_the_same_database_with_its_own_tables() {
        assertThat(engine.getName()).isEqualTo("default");
        assertThat(engine.getManagementService().getTableCount()).containsKey("ACT_RU_TASK");
        Integer engineProperties = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY", Integer.class);
        assertThat(engineProperties).isPositive();
    }

    @Test
    void the_engine_never_serializes_java_objects_into_process_variables() {
        var configuration =
                (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
    }

    @Test
    void one_mybatis_serves_the_engine_and_the_application() throws java.io.IOException {
        var copies = java.util.Collections.list(
                getClass().getClassLoader().getResources("org/apache/ibatis/session/SqlSession.class"));
        assertThat(copies).hasSize(1);
    }
}
