package org.deputyflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;

/** A node being stopped stops acquiring jobs before its web server drains the requests it has. */
class JobExecutorShutdownTests {

    @Test
    void it_stops_before_the_web_servers_graceful_shutdown() {
        JobExecutorShutdown shutdown = new JobExecutorShutdown(new DefaultJobExecutor());

        // Spring stops the highest phase first
        assertThat(shutdown.getPhase()).isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
    }

    @Test
    void stopping_it_stops_the_job_executor_acquiring() {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.start();
        JobExecutorShutdown shutdown = new JobExecutorShutdown(executor);
        shutdown.start();
        assertThat(executor.isActive()).isTrue();

        shutdown.stop();

        assertThat(executor.isActive()).isFalse();
        assertThat(shutdown.isRunning()).isFalse();
    }
}
