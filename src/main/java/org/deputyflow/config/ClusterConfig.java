package org.deputyflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.deputyflow.shared.web.DatabaseUnavailableFilter;
import org.deputyflow.shared.web.Problems;
import org.deputyflow.suggestion.reporting.HandlingReports;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * What lets several nodes share one database and survive its restarts: the 503 answer while the
 * database is unreachable, the job executor that stops before the web server, and the metrics.
 * Sessions: {@link SessionConfig}.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfig {

    /** Outside every other filter, Spring Session's included, so that a failed session read is a 503 too. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
            ObjectMapper json, ITemplateEngine templates, LocaleResolver locales, Problems problems) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(json, templates, locales, problems));
        registration.setOrder(Integer.MIN_VALUE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    JobExecutorShutdown jobExecutorShutdown(ProcessEngineConfigurationImpl engine) {
        return new JobExecutorShutdown(engine.getJobExecutor());
    }

    @Bean
    OperationsMetrics operationsMetrics(ManagementService management, RuntimeService runtime, HandlingReports reports) {
        return new OperationsMetrics(management, runtime, reports);
    }
}
