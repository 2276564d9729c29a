package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.jdbc.HistoryLevelDeterminator;
import org.deputyflow.DeputyFlowApplication;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.DeputyFlowTestConfiguration;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine keeps the history level AUDIT on a new database (the path through the BPMN and the last
 * value of each variable, no variable updates, job or operation history), and a database whose engine
 * stored FULL before keeps starting with FULL: the engine refuses to start on a level other than the
 * stored one.
 */
@DeputyFlowTest
class EngineHistoryLevelTests {

    static final String STORED = "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'";

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    HistoryLevelDeterminator startingLevel;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    HistoryService history;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void a_new_database_gets_the_audit_level_and_the_path_through_the_process_is_kept() throws Exception {
        assertThat(engine.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT);
        assertThat(jdbc.queryForObject(STORED, String.class))
                .isEqualTo(String.valueOf(HistoryLevel.HISTORY_LEVEL_AUDIT.getId()));

        SuggestionApi api = new SuggestionApi(mvc, json, jdbc);
        long id = api.submit("deputy099", "历史级别测试");
        api.accept(id);
        String instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(id))
                .singleResult()
                .getId();
        // what Cockpit, the process tests and their coverage read is written: the path, the variables' last values
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .finished()
                        .list())
                .extracting(HistoricActivityInstance::getActivityId)
                .contains(SuggestionProcess.TASK_SCREEN);
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isEqualTo(2);
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName(SuggestionProcess.VAR_SCREENING_OUTCOME)
                        .singleResult()
                        .getValue())
                .isEqualTo("ACCEPT");
        // what only FULL writes is not: every update of a variable
        assertThat(history.createHistoricDetailQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
    }

    /** The level a starting engine takes comes from the database; only an empty one gets the default. */
    @Test
    void a_starting_engine_takes_the_level_the_database_stored() {
        String stored = jdbc.queryForObject(STORED, String.class);
        try {
            transaction.executeWithoutResult(status -> jdbc.update(
                    "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'",
                    String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId())));
            assertThat(startingLevel.determineHistoryLevel()).isEqualTo("full");
            transaction.executeWithoutResult(status -> jdbc.update(
                    "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'",
                    String.valueOf(HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId())));
            assertThat(startingLevel.determineHistoryLevel()).isEqualTo("activity");
        } finally {
            transaction.executeWithoutResult(status ->
                    jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'", stored));
        }
        assertThat(startingLevel.determineHistoryLevel()).isEqualTo("audit");
    }

    /**
     * An installation from before, whose engine ran with FULL, restarts with the new version's settings
     * and keeps FULL. On H2 in memory (a database of its own); on MariaDB the determination above covers
     * it, the suite's database being shared by every test.
     */
    @Test
    void a_database_stored_at_full_starts_and_stays_full() {
        Assumptions.assumeFalse(
                System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("mysql"),
                "the restart runs on an H2 database of its own");
        String url = "jdbc:h2:mem:history-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext before = node(url, "--camunda.bpm.history-level=full")) {
            assertThat(level(before)).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        }
        try (ConfigurableApplicationContext after = node(url)) {
            assertThat(level(after)).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
            assertThat(after.getBean(JdbcTemplate.class).queryForObject(STORED, String.class))
                    .isEqualTo(String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
        }
    }

    private static HistoryLevel level(ConfigurableApplicationContext context) {
        return context.getBean(ProcessEngineConfigurationImpl.class).getHistoryLevel();
    }

    private static ConfigurableApplicationContext node(String url, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.generate-unique-process-application-name=true",
                "--camunda.bpm.webapp.enabled=false",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(DeputyFlowApplication.class, DeputyFlowTestConfiguration.class)
                .run(args.toArray(String[]::new));
    }
}
