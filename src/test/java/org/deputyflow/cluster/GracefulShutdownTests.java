package org.deputyflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.deputyflow.DeputyFlowApplication;
import org.deputyflow.DeputyFlowTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A node that is stopped (SIGTERM, {@code server.shutdown=graceful}) as a real server: its job executor
 * stops acquiring first, it takes no new connection, and the request it is in the middle of still gets
 * its answer. The request is held in the middle by a filter of this test only, until the test lets it go.
 */
class GracefulShutdownTests {

    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final String HOLD = "X-Hold-Request";
    static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    ConfigurableApplicationContext node;

    @AfterEach
    void stop() {
        RELEASE.countDown();
        if (node != null && node.isActive()) {
            node.close();
        }
    }

    @Test
    void a_stopped_node_stops_its_job_executor_refuses_new_connections_and_answers_the_request_it_has()
            throws Exception {
        // the node keeps the logging of the test run as it is
        System.setProperty(LOGGING_SYSTEM, "none");
        try {
            node = start();
        } finally {
            System.clearProperty(LOGGING_SYSTEM);
        }
        int port = ((ServletWebServerApplicationContext) node).getWebServer().getPort();
        JobExecutor jobs = ((ProcessEngineConfigurationImpl)
                        node.getBean(ProcessEngine.class).getProcessEngineConfiguration())
                .getJobExecutor();
        // the tests' configuration leaves the job executor off; a node in production starts it when ready
        jobs.start();
        assertThat(jobs.isActive()).isTrue();
        assertThat(get(port, false).statusCode()).isEqualTo(200);

        CompletableFuture<HttpResponse<String>> held = CompletableFuture.supplyAsync(() -> {
            try {
                return get(port, true);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(ENTERED.await(30, TimeUnit.SECONDS))
                .as("the held request reached the server")
                .isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(node::close);

        // while the request is held: new connections are refused and the job executor has stopped
        await("a new connection refused once the node stops")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> refused(port));
        assertThat(jobs.isActive())
                .as("the job executor stopped before the requests drained")
                .isFalse();
        assertThat(held).isNotDone();
        assertThat(stopping).as("the node waits for the request it has").isNotDone();

        RELEASE.countDown();
        HttpResponse<String> answer = held.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("UP");
        stopping.get(60, TimeUnit.SECONDS);
        assertThat(node.isActive()).isFalse();
    }

    private static ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.autoconfigure.exclude=",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--camunda.bpm.generate-unique-process-application-name=true",
                "--camunda.bpm.webapp.enabled=false"));
        if (!System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "").contains("mysql")) {
            args.add("--spring.datasource.url=jdbc:h2:mem:shutdown-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            // an empty database without the demo data: only its first administrator
            args.add("--deputyflow.demo.enabled=false");
            args.add("--deputyflow.admin.password=Shutdown-pass-1");
        }
        return new SpringApplicationBuilder(
                        DeputyFlowApplication.class, DeputyFlowTestConfiguration.class, HeldRequests.class)
                .run(args.toArray(String[]::new));
    }

    private static boolean refused(int port) throws InterruptedException {
        try {
            get(port, false);
            return false;
        } catch (IOException connectionRefused) {
            return true;
        }
    }

    /** A fresh client for every call: a new connection, not one kept alive from before. */
    private static HttpResponse<String> get(int port, boolean hold) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(60));
        if (hold) {
            request.header(HOLD, "yes");
        }
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Holds a request that asks for it before anything else sees it, until the test releases it. */
    @Configuration(proxyBeanMethods = false)
    static class HeldRequests {

        @Bean
        FilterRegistrationBean<Filter> holdingFilter() {
            Filter hold = (request, response, chain) -> {
                if (request instanceof HttpServletRequest http && http.getHeader(HOLD) != null) {
                    ENTERED.countDown();
                    try {
                        RELEASE.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                chain.doFilter(request, response);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(hold);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
