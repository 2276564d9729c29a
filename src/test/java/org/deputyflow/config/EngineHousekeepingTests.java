package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.deputyflow.DeputyFlowTest;
import org.deputyflow.suggestion.SuggestionApi;
import org.deputyflow.suggestion.process.SuggestionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The engine keeps its history for a set time (five years by default) and removes it at night;
 * DeputyFlow's own tables keep the record of every case.
 */
@DeputyFlowTest
class EngineHousekeepingTests {

    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void every_process_keeps_its_history_for_the_configured_time() {
        List<ProcessDefinition> latest =
                repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(latest)
                .extracting(ProcessDefinition::getKey)
                .contains(
                        SuggestionProcess.KEY,
                        "motion-handling",
                        "quarterly-disclosure",
                        "reply-publication",
                        "satisfaction-vote");
        assertThat(latest)
                .allSatisfy(
                        d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(1825));
    }

    @Test
    void the_history_cleanup_is_scheduled_in_the_night_window() {
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        assertThat(jobs).allSatisfy(job -> {
            LocalTime due =
                    job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
            assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
        });
    }

    @Test
    void an_ended_process_older_than_its_time_to_live_leaves_the_engine_history_and_the_case_stays() throws Exception {
        long suggestion = new SuggestionApi(mvc, json, jdbc).submit("deputy001", "历史清理：六年前办结");
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(String.valueOf(suggestion))
                .singleResult()
                .getId();
        String recent = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SuggestionProcess.KEY)
                .processInstanceBusinessKey(
                        String.valueOf(new SuggestionApi(mvc, json, jdbc).submit("deputy001", "历史清理：刚刚办结")))
                .singleResult()
                .getId();
        // ended six years ago: its history is due for removal a year ago; the other ended today
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.now().minusYears(6).toInstant()));
        runtime.deleteProcessInstance(instance, "历史清理测试");
        ClockUtil.reset();
        runtime.deleteProcessInstance(recent, "历史清理测试");
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(
                LocalDate.now().atTime(2, 0).atZone(ZoneId.systemDefault()).toInstant()));
        for (Job job : history.findHistoryCleanupJobs()) {
            management.executeJob(job.getId());
        }

        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(recent)
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM suggestion WHERE id = ?", Long.class, suggestion))
                .isEqualTo(1);
    }
}
