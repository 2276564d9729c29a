package org.deputyflow.suggestion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deputyflow.suggestion.reporting.LifecycleProfile.Cause;
import org.junit.jupiter.api.Test;

/** The benchmark's profile tells a sample's cause from its stack, innermost frame first. */
class LifecycleProfileTests {

    static final String REQUEST = "http-nio-8080-exec-1";

    @Test
    void a_statement_of_an_engine_command_is_the_engine_s_even_under_the_application_s_service() {
        assertThat(LifecycleProfile.causeOf(
                        REQUEST,
                        List.of(
                                "com.mysql.cj.jdbc.ClientPreparedStatement.execute",
                                "org.apache.ibatis.executor.SimpleExecutor.doUpdate",
                                "org.camunda.bpm.engine.impl.db.sql.DbSqlSession.executeUpdate",
                                "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd.execute",
                                "org.deputyflow.suggestion.DepartmentHandling.claim",
                                "org.deputyflow.suggestion.web.DepartmentHandlingController.claim",
                                "org.apache.catalina.core.ApplicationFilterChain.doFilter")))
                .isEqualTo(Cause.ENGINE);
    }

    @Test
    void the_application_s_listener_and_its_statements_under_an_engine_command_are_the_application_s() {
        assertThat(LifecycleProfile.causeOf(
                        REQUEST,
                        List.of(
                                "com.mysql.cj.jdbc.ClientPreparedStatement.execute",
                                "org.apache.ibatis.executor.SimpleExecutor.doUpdate",
                                "org.deputyflow.suggestion.SuggestionProgress.handlingStarted",
                                "org.deputyflow.suggestion.process.SuggestionStatusListener.notify",
                                "org.camunda.bpm.engine.impl.core.operation.AbstractEventAtomicOperation.execute",
                                "org.deputyflow.suggestion.web.StaffDecisionsController.assign")))
                .isEqualTo(Cause.ENGINE_CALLS_APPLICATION);
    }

    @Test
    void a_statement_of_the_application_outside_the_engine_is_its_sql_and_the_rest_of_its_code_is_its_code() {
        assertThat(LifecycleProfile.causeOf(
                        REQUEST,
                        List.of(
                                "java.util.HashMap.getNode",
                                "org.apache.ibatis.reflection.Reflector.getGetInvoker",
                                "org.deputyflow.audit.AuditTrail$Lines.beforeCommit",
                                "org.deputyflow.suggestion.web.SuggestionController.evaluate")))
                .isEqualTo(Cause.APPLICATION_SQL);
        assertThat(LifecycleProfile.causeOf(
                        REQUEST,
                        List.of(
                                "java.lang.String.hashCode",
                                "org.deputyflow.suggestion.domain.SuggestionPolicy.permissions",
                                "org.deputyflow.suggestion.web.SuggestionController.evaluate")))
                .isEqualTo(Cause.APPLICATION);
    }

    @Test
    void the_frameworks_of_a_request_thread_are_the_http_server_and_the_benchmark_s_own_work_its_client_or_other() {
        assertThat(LifecycleProfile.causeOf(
                        REQUEST,
                        List.of(
                                "java.util.HashMap.getNode",
                                "org.springframework.web.servlet.handler.AbstractHandlerMethodMapping.lookupHandlerMethod",
                                "org.deputyflow.suggestion.reporting.LifecycleBenchmarkTests$Counting.lambda$benchmarkAction$5",
                                "org.apache.catalina.core.ApplicationFilterChain.doFilter")))
                .isEqualTo(Cause.HTTP_SERVER);
        assertThat(LifecycleProfile.causeOf(
                        "HttpClient-1-Worker-0", List.of("jdk.internal.net.http.Http1Exchange.sendHeadersAsync")))
                .isEqualTo(Cause.CLIENT);
        assertThat(LifecycleProfile.causeOf(
                        "pool-3-thread-1",
                        List.of(
                                "com.fasterxml.jackson.databind.ObjectMapper.readTree",
                                "org.deputyflow.suggestion.reporting.LifecycleDriver.call")))
                .isEqualTo(Cause.CLIENT);
        assertThat(LifecycleProfile.causeOf(
                        "pool-3-thread-1",
                        List.of(
                                "java.util.HashMap.putVal",
                                "org.deputyflow.suggestion.reporting.LifecycleBenchmarkTests.timed")))
                .isEqualTo(Cause.OTHER);
    }
}
