package org.deputyflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application with its engine, on H2 or (in CI's second pass) MariaDB, on a real
 * port so that the engine's REST API and webapps (servlets MockMvc cannot reach) answer too.
 * Every test that uses it shares one cached context, so the engine starts once per run. The
 * engine records process coverage; process test classes register the coverage listener.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ProcessEngineCoverageConfiguration.class, DeputyFlowTestConfiguration.class})
public @interface DeputyFlowTest {}
