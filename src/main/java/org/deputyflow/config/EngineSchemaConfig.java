package org.deputyflow.config;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The engine's tables on MySQL are Flyway's, like DeputyFlow's own: the engine starts after Flyway
 * and never alters the schema itself ({@code camunda.bpm.database.schema-update: false} in the mysql
 * profile), so an operator upgrades both with the one step of starting the new version, and the
 * application's database user needs no DDL rights once the migrations have run.
 * <p>
 * On H2 the engine keeps creating its own tables: the database lives and dies with the application.
 */
@Configuration(proxyBeanMethods = false)
class EngineSchemaConfig {

    /** The engine is built only once the migrations, its own tables' included, have run. */
    @Bean
    static BeanFactoryPostProcessor engineAfterFlyway() {
        return factory -> {
            if (factory.containsBeanDefinition("flywayInitializer")
                    && factory.containsBeanDefinition("processEngineFactoryBean")) {
                BeanDefinition engine = factory.getBeanDefinition("processEngineFactoryBean");
                String[] dependsOn = engine.getDependsOn();
                String[] all = dependsOn == null ? new String[1] : Arrays.copyOf(dependsOn, dependsOn.length + 1);
                all[all.length - 1] = "flywayInitializer";
                engine.setDependsOn(all);
            }
        };
    }

    /** Spring Boot hands JavaMigration beans to Flyway: this one exists in the mysql profile only. */
    @Bean
    @Profile("mysql")
    JavaMigration engineSchema7240() {
        return new V20_1__Create_engine_schema_7_24_0();
    }

    /**
     * The engine's schema of Camunda 7.24.0 from the engine's own scripts in its jar, in the order the
     * engine itself runs them. An installation whose engine created its tables before (it has
     * {@code ACT_GE_PROPERTY}) keeps them: the migration is recorded and changes nothing.
     * <p>
     * The next engine version's migration runs the jar's {@code upgrade/mysql_engine_7.24_to_7.25.sql}
     * (and patch scripts) the same way.
     */
    static class V20_1__Create_engine_schema_7_24_0 extends BaseJavaMigration {

        static final String[] SCRIPTS = {
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history"
        };

        private static final Logger log = LoggerFactory.getLogger(V20_1__Create_engine_schema_7_24_0.class);

        @Override
        public void migrate(Context context) throws Exception {
            Connection connection = context.getConnection();
            if (engineTablesExist(connection)) {
                log.info("The engine's tables exist (created by the engine before): recorded, not created");
                return;
            }
            for (String script : SCRIPTS) {
                ScriptUtils.executeSqlScript(
                        connection,
                        new EncodedResource(
                                new ClassPathResource(
                                        "org/camunda/bpm/engine/db/create/activiti.mysql.create." + script + ".sql"),
                                StandardCharsets.UTF_8));
            }
        }

        /** MySQL DDL commits as it goes: a transaction would promise what it cannot keep. */
        @Override
        public boolean canExecuteInTransaction() {
            return false;
        }

        static boolean engineTablesExist(Connection connection) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE() AND UPPER(table_name) = 'ACT_GE_PROPERTY'");
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }
}
