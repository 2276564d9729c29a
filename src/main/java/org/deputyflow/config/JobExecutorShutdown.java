package org.deputyflow.config;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.context.SmartLifecycle;

/**
 * A node that is stopped first stops its job executor acquiring (the other nodes take the jobs on),
 * then lets the web server finish its requests (graceful shutdown), then closes the engine. The
 * highest phase stops first; the web server's graceful shutdown stops in a lower one.
 */
final class JobExecutorShutdown implements SmartLifecycle {

    private final JobExecutor jobExecutor;
    private volatile boolean running;

    JobExecutorShutdown(JobExecutor jobExecutor) {
        this.jobExecutor = jobExecutor;
    }

    @Override
    public void start() {
        // the engine's starter starts the job executor when the application is ready
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (jobExecutor.isActive()) {
            jobExecutor.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
