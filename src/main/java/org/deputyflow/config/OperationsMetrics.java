package org.deputyflow.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.deputyflow.suggestion.reporting.HandlingReports;
import org.deputyflow.suggestion.reporting.domain.OverdueClock;

/**
 * What an operator of a cluster watches on {@code /actuator/prometheus}, beside Spring Boot's own
 * request rates and latency ({@code http_server_requests_seconds}) and the failed sign-ins
 * ({@code deputyflow_signin_failures_total}): the job executors' acquisitions and failures as the engine
 * records them for the whole cluster (its metrics are flushed to the database every 15 minutes), the
 * jobs whose retries are exhausted, the open incidents, and the items overdue on each clock. Each is
 * read when scraped; while the database is unreachable a gauge reads NaN.
 */
final class OperationsMetrics implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final HandlingReports reports;

    OperationsMetrics(ManagementService management, RuntimeService runtime, HandlingReports reports) {
        this.management = management;
        this.runtime = runtime;
        this.reports = reports;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : new String[] {
            Metrics.JOB_ACQUISITION_ATTEMPT,
            Metrics.JOB_ACQUIRED_SUCCESS,
            Metrics.JOB_ACQUIRED_FAILURE,
            Metrics.JOB_SUCCESSFUL,
            Metrics.JOB_FAILED,
            Metrics.JOB_EXECUTION_REJECTED
        }) {
            Gauge.builder(
                            "deputyflow.engine.jobs",
                            management,
                            m -> m.createMetricsQuery().name(name).sum())
                    .tag("metric", name)
                    .description("The engine's job executor metric, summed over every node since the database began")
                    .register(registry);
        }
        Gauge.builder(
                        "deputyflow.engine.jobs.retries.exhausted",
                        management,
                        m -> m.createJobQuery().noRetriesLeft().count())
                .description("Jobs whose retries are used up")
                .register(registry);
        Gauge.builder(
                        "deputyflow.engine.incidents.open",
                        runtime,
                        r -> r.createIncidentQuery().count())
                .description("Open incidents")
                .register(registry);
        for (OverdueClock clock : OverdueClock.values()) {
            Gauge.builder("deputyflow.overdue.items", reports, r -> r.overdueCount(clock))
                    .tag("clock", clock.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Items past their due date on this clock today")
                    .register(registry);
        }
    }
}
